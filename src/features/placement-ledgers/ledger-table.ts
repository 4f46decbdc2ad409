/**
 * Each ledger as a table of text cells: the CSV file and the screen's preview are the same cells, so
 * what is previewed is what is exported. Always in Japanese, whatever the screen's language: the
 * ledgers are kept for, and shown to, the labour bureau. Dates as YYYY/MM/DD, which Excel reads as dates.
 */
import type { FeeLedgerRow, JobLedgerRow, PlacementLedgers, Referral, SeekerLedgerRow } from '../../domain/placement-ledgers';
import type { CsvCell } from '../../lib/csv';
import { translate, type Translate } from '../../lib/i18n/i18n';
import { codeLabel } from '../../lib/code-options';
import { joinLabels } from '../../lib/i18n/join-labels';
import { translateLedger, type LedgerMessageKey } from './messages';

export type LedgerKind = keyof PlacementLedgers;
export const LEDGER_KINDS: readonly LedgerKind[] = ['jobs', 'seekers', 'fees'];

export type LedgerTable = { header: string[]; rows: CsvCell[][] };

const t: Translate = (key, vars) => translate('ja', key, vars);
const tf = (key: LedgerMessageKey, vars?: Record<string, string | number>) => translateLedger('ja', key, vars);
const day = (iso: string) => iso.replaceAll('-', '/');
const yen = new Intl.NumberFormat('ja-JP');

const referralCells = (r: Referral | null, counterpart: string): CsvCell[] =>
  r
    ? [day(r.referredOn), counterpart, tf(`outcome.${r.outcome}`), day(r.hiredOn), r.earlyLeave ? tf(`earlyLeave.${r.earlyLeave}`) : '']
    : ['', '', '', '', ''];

/** 就業場所: the town, then the place, unless the place already names its town. */
function workplaceOf(r: JobLedgerRow): string {
  const town = codeLabel(t, 'town', r.town);
  return r.workplace.startsWith(town) ? r.workplace : [town, r.workplace].filter(Boolean).join(' ');
}

const JOB_HEADER: LedgerMessageKey[] = ['job.company', 'job.address', 'job.contact', 'job.receivedOn', 'job.validity', 'job.places', 'job.jobType', 'job.workplace', 'job.employmentPeriod', 'job.wage', 'job.referredOn', 'job.seeker', 'job.outcome', 'job.hiredOn', 'job.earlyLeave'];

function jobCells(r: JobLedgerRow): CsvCell[] {
  const validity = r.receivedOn ? tf('validUntil', { from: day(r.receivedOn), to: day(r.validUntil) }) + (r.closedOn ? tf('closedOn', { date: day(r.closedOn) }) : '') : '';
  return [
    r.companyName,
    [r.companyPostalCode && `〒${r.companyPostalCode}`, r.companyAddress].filter(Boolean).join(' '),
    [r.contactPerson, r.contactPhone].filter(Boolean).join(' '),
    day(r.receivedOn),
    validity,
    r.places ?? '',
    r.jobType,
    workplaceOf(r),
    // 雇用期間: an opening does not record it (README: what the staff add by hand).
    '',
    r.wageUnit && r.wageAmount !== null ? tf('wage', { unit: codeLabel(t, 'wageUnit', r.wageUnit), amount: yen.format(r.wageAmount) }) : '',
    ...referralCells(r.referral, r.seekerName),
  ];
}

const SEEKER_HEADER: LedgerMessageKey[] = ['seeker.name', 'seeker.address', 'seeker.birthDate', 'seeker.desired', 'seeker.registeredOn', 'seeker.validity', 'seeker.referredOn', 'seeker.company', 'seeker.outcome', 'seeker.hiredOn', 'seeker.earlyLeave'];

function seekerCells(r: SeekerLedgerRow): CsvCell[] {
  return [
    r.name,
    [r.postalCode && `〒${r.postalCode}`, r.address].filter(Boolean).join(' '),
    day(r.birthDate),
    joinLabels(r.desiredIndustries.map((i) => codeLabel(t, 'industry', i)), 'ja'),
    day(r.registeredOn),
    // 求職の有効期間: the programme sets none (README).
    '',
    ...referralCells(r.referral, r.companyName),
  ];
}

const FEE_HEADER: LedgerMessageKey[] = ['fee.company', 'fee.kind', 'fee.amount', 'fee.paidOn', 'fee.seeker', 'fee.hiredOn', 'fee.invoicedOn'];

const feeCells = (r: FeeLedgerRow): CsvCell[] => [r.companyName, tf('feeKind'), r.amount, day(r.paidOn), r.seekerName, day(r.hiredOn), day(r.invoicedOn)];

/** The ledger's header (the guidance's item names, in its order) and one row of cells per line. */
export function ledgerTable(kind: LedgerKind, ledgers: PlacementLedgers): LedgerTable {
  if (kind === 'jobs') return { header: JOB_HEADER.map((k) => tf(k)), rows: ledgers.jobs.map(jobCells) };
  if (kind === 'seekers') return { header: SEEKER_HEADER.map((k) => tf(k)), rows: ledgers.seekers.map(seekerCells) };
  return { header: FEE_HEADER.map((k) => tf(k)), rows: ledgers.fees.map(feeCells) };
}

/** 「令和8年度_求職管理簿.csv」 */
export const ledgerFileName = (kind: LedgerKind, yearLabel: string) => tf('fileName', { year: yearLabel, ledger: tf(`file.${kind}`) });
