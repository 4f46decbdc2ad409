/**
 * Typical travel times between the programme's nine towns, for ranking openings by commute. These are
 * approximate road travel times by car or bus between town centres (straight-line distance × ~1.3 for
 * the road at 40–50 km/h, rounded to 5 minutes, then raised where the road goes round: nothing crosses
 * the mountains between 上川町 and 東川町 / 美瑛町, so those trips go by way of 旭川 or 当麻). They only
 * order suggestions and tell a coordinator "about how far"; no rule depends on them being exact.
 * Within one town a trip is counted as 10 minutes (15 in 旭川市, a city spread over 748 km²).
 */
import type { Town } from '../shared/codes';

/** Each unordered pair once (and each town with itself); the lookup is symmetric. */
const PAIRS: ReadonlyArray<readonly [Town, Town, number]> = [
  ['asahikawa', 'asahikawa', 15],
  ['asahikawa', 'takasu', 15],
  ['asahikawa', 'higashikagura', 20],
  ['asahikawa', 'toma', 25],
  ['asahikawa', 'pippu', 25],
  ['asahikawa', 'aibetsu', 35],
  ['asahikawa', 'kamikawa', 50],
  ['asahikawa', 'higashikawa', 25],
  ['asahikawa', 'biei', 35],
  ['takasu', 'takasu', 10],
  ['takasu', 'higashikagura', 30],
  ['takasu', 'toma', 25],
  ['takasu', 'pippu', 20],
  ['takasu', 'aibetsu', 35],
  ['takasu', 'kamikawa', 60],
  ['takasu', 'higashikawa', 35],
  ['takasu', 'biei', 45],
  ['higashikagura', 'higashikagura', 10],
  ['higashikagura', 'toma', 25],
  ['higashikagura', 'pippu', 35],
  ['higashikagura', 'aibetsu', 45],
  ['higashikagura', 'kamikawa', 60],
  ['higashikagura', 'higashikawa', 15],
  ['higashikagura', 'biei', 25],
  ['toma', 'toma', 10],
  ['toma', 'pippu', 15],
  ['toma', 'aibetsu', 20],
  ['toma', 'kamikawa', 40],
  ['toma', 'higashikawa', 25],
  ['toma', 'biei', 45],
  ['pippu', 'pippu', 10],
  ['pippu', 'aibetsu', 15],
  ['pippu', 'kamikawa', 45],
  ['pippu', 'higashikawa', 35],
  ['pippu', 'biei', 55],
  ['aibetsu', 'aibetsu', 10],
  ['aibetsu', 'kamikawa', 30],
  ['aibetsu', 'higashikawa', 40],
  ['aibetsu', 'biei', 60],
  ['kamikawa', 'kamikawa', 10],
  ['kamikawa', 'higashikawa', 60],
  ['kamikawa', 'biei', 75],
  ['higashikawa', 'higashikawa', 10],
  ['higashikawa', 'biei', 25],
  ['biei', 'biei', 10],
];

const MINUTES = new Map<string, number>(PAIRS.flatMap(([a, b, minutes]) => [[`${a}>${b}`, minutes], [`${b}>${a}`, minutes]]));

/** Approximate minutes from one town to another (the same both ways); undefined for a town outside the table. */
export function travelMinutes(from: Town, to: Town): number | undefined {
  return MINUTES.get(`${from}>${to}`);
}
