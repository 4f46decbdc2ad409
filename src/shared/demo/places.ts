/**
 * The nine municipalities of 上川中部 as the demo needs them: how likely a person or company is to be
 * there, what addresses, postal codes and phone numbers look like. Addresses follow each town's
 * pattern (旭川's 条通 grid, 東川's 南町/北町) so that screens and exports look like the real thing.
 */
import type { Town } from '../codes';
import type { Rng } from './rng';

type Place = {
  name: string;
  /** Relative weight, roughly following population: 旭川市 dominates. */
  weight: number;
  /** District patterns: `#` is replaced by a block number. Postal code prefix per district. */
  districts: readonly (readonly [pattern: string, postal: string])[];
  /** Land-line prefix: area code + exchange (first digits of the local number). */
  phone: readonly string[];
};

export const PLACES: Record<Town, Place> = {
  asahikawa: {
    name: '旭川市',
    weight: 78,
    districts: [
      ['#条通#丁目', '070-00'],
      ['豊岡#条#丁目', '078-82'],
      ['東光#条#丁目', '078-83'],
      ['末広#条#丁目', '071-87'],
      ['春光#条#丁目', '070-08'],
      ['永山#条#丁目', '079-84'],
      ['神楽#条#丁目', '070-80'],
      ['緑が丘東#条#丁目', '078-83'],
      ['忠和#条#丁目', '070-00'],
      ['東旭川南#条#丁目', '078-81'],
    ],
    phone: [
      '0166-22',
      '0166-23',
      '0166-24',
      '0166-25',
      '0166-31',
      '0166-32',
      '0166-47',
      '0166-48',
      '0166-51',
      '0166-65',
    ],
  },
  takasu: {
    name: '鷹栖町',
    weight: 3,
    districts: [
      ['北野東#条#丁目', '071-12'],
      ['南#条#丁目', '071-12'],
    ],
    phone: ['0166-87'],
  },
  higashikagura: {
    name: '東神楽町',
    weight: 5,
    districts: [
      ['ひじり野北#条#丁目', '071-15'],
      ['ひじり野南#条#丁目', '071-15'],
      ['南#号', '071-15'],
    ],
    phone: ['0166-83'],
  },
  toma: {
    name: '当麻町',
    weight: 3,
    districts: [
      ['#条東#丁目', '078-13'],
      ['#条西#丁目', '078-13'],
    ],
    phone: ['0166-84'],
  },
  pippu: {
    name: '比布町',
    weight: 2,
    districts: [
      ['北町#丁目', '078-03'],
      ['南町#丁目', '078-03'],
    ],
    phone: ['0166-85'],
  },
  aibetsu: {
    name: '愛別町',
    weight: 1,
    districts: [
      ['本町', '078-14'],
      ['字愛別', '078-14'],
    ],
    phone: ['01658-6'],
  },
  kamikawa: {
    name: '上川町',
    weight: 2,
    districts: [
      ['南町', '078-17'],
      ['旭町', '078-17'],
      ['中央町', '078-17'],
    ],
    phone: ['01658-2'],
  },
  higashikawa: {
    name: '東川町',
    weight: 3,
    districts: [
      ['南町#丁目', '071-14'],
      ['北町#丁目', '071-14'],
      ['東町#丁目', '071-14'],
      ['西町#丁目', '071-14'],
    ],
    phone: ['0166-82'],
  },
  biei: {
    name: '美瑛町',
    weight: 3,
    districts: [
      ['本町#丁目', '071-02'],
      ['大町#丁目', '071-02'],
      ['栄町#丁目', '071-02'],
    ],
    phone: ['0166-92'],
  },
};

const TOWN_WEIGHTS = (Object.keys(PLACES) as Town[]).map((t) => [t, PLACES[t].weight] as const);

export function pickTown(rng: Rng): Town {
  return rng.weighted(TOWN_WEIGHTS);
}

const digits = (rng: Rng, n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');

/** Address with house number ("旭川市4条通8丁目12-3") and a postal code that goes with the district. */
export function address(rng: Rng, town: Town): { postalCode: string; address: string } {
  const place = PLACES[town];
  const [pattern, postal] = rng.pick(place.districts);
  let first = true;
  const district = pattern.replace(/#/gu, () => {
    // The first number is the 条 (up to 10), the second the 丁目 (up to 20 on 旭川's long streets).
    const n = first ? rng.int(1, 10) : rng.int(1, 20);
    first = false;
    return String(n);
  });
  const postalCode = `${postal}${digits(rng, 2)}`;
  return { postalCode, address: `${place.name}${district}${rng.int(1, 30)}-${rng.int(1, 25)}` };
}

/** A land line of the town: 0166-xx-xxxx, or 01658-x-xxxx in 上川町 and 愛別町 (always 10 digits). */
export function landLine(rng: Rng, town: Town): string {
  return `${rng.pick(PLACES[town].phone)}-${digits(rng, 4)}`;
}

export function mobilePhone(rng: Rng): string {
  return `${rng.weighted([
    ['090', 5],
    ['080', 4],
    ['070', 1],
  ] as const)}-${digits(rng, 4)}-${digits(rng, 4)}`;
}
