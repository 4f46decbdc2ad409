import { describe, expect, it } from 'vitest';
import { buildSeeker, buildTrialPlacement } from '../../../tests/factories';
import { computeGrantReport, prepareReport } from '../../domain/grant-report';
import type { GrantReport, Kpi, ReportFilter, ReportInput } from '../../domain/grant-report-model';
import { kpiRecordRows } from './kpi-records';
import { kpiRecordsCsv, reportCsvFiles } from './report-csv';
import { reportInput, reportWords as words } from './report-test-support';

const EMPTY = reportInput();

const whole2026: ReportFilter = { fiscalYear: 2026, month: null, town: null, ageGroup: null };
const reportOf = (input: ReportInput, filter: ReportFilter = whole2026): GrantReport => computeGrantReport(prepareReport(input), filter, '2027-06-01');
const lines = (text: string) => text.slice(1).split('\r\n');

describe('the report as CSV files', () => {
  it('makes one file per table, each named with the fiscal year in 令和', () => {
    const report = reportOf(EMPTY);
    const names = reportCsvFiles(report, words('ja')).map((f) => f.fileName);
    expect(names).toHaveLength(1 + report.breakdowns.length);
    expect(names[0]).toBe('令和8年度_実績報告_指標.csv');
    expect(names).toContain('令和8年度_実績報告_月別.csv');
    expect(new Set(names).size).toBe(names.length);
  });

  it('names the month, town and age group chosen in the file name', () => {
    const report = reportOf(EMPTY, { fiscalYear: 2026, month: 1, town: 'asahikawa', ageGroup: 'senior' });
    expect(reportCsvFiles(report, words('ja'))[0]!.fileName).toBe('令和8年度_1月_旭川市_シニア_実績報告_指標.csv');
  });

  it('heads a breakdown with the conditions it follows: a by-town table lists every town whatever the town chosen', () => {
    const files = reportCsvFiles(reportOf(EMPTY, { fiscalYear: 2026, month: 5, town: 'biei', ageGroup: null }), words('ja'));
    const header = (suffix: string) => lines(files.find((f) => f.fileName.endsWith(suffix))!.text)[0];
    expect(header('_指標.csv')).toContain('"値（令和8年度・5月・美瑛町）"');
    expect(header('_市町村別.csv')).toMatch(/^"市町村別の求職者（令和8年度・5月）",/u);
    expect(header('_月別.csv')).toMatch(/^"月別のトライアルと採用（令和8年度・美瑛町）",/u);
    expect(header('_年齢区分別.csv')).toMatch(/^"年齢区分別の求職者（令和8年度・5月・美瑛町）",/u);
  });

  it('writes UTF-8 with a BOM and CRLF line ends, the conditions in the value column header', () => {
    const [summary] = reportCsvFiles(reportOf(EMPTY), words('ja'));
    expect(summary!.text.startsWith('\uFEFF')).toBe(true);
    expect(summary!.text.endsWith('\r\n')).toBe(true);
    expect(summary!.text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(lines(summary!.text)[0]).toBe('"区分","指標","値（令和8年度）","単位","分子","分母","定義"');
  });

  it('lists every figure with its definition, a rate as a percentage Excel can sum, a rate of nothing as empty', () => {
    const report = reportOf(EMPTY);
    const withRate: GrantReport = { ...report, kpis: { ...report.kpis, trialToHireRate: { ...report.kpis.trialToHireRate, value: 3 / 7, numerator: 3, denominator: 7 } } };
    const rows = lines(reportCsvFiles(withRate, words('ja'))[0]!.text);
    expect(rows).toHaveLength(1 + Object.keys(report.kpis).length + 1);
    expect(rows).toContain('"トライアルワーク","トライアル後の採用率","42.9","%","3","7","期間内に終わったトライアルのうち、採用になった割合（採用 ÷ 終了）。"');
    expect(rows.find((r) => r.startsWith('"トライアルワーク","地元就職率"'))).toMatch(/^"トライアルワーク","地元就職率","","%","0","0",/u);
  });

  it('labels the monthly table\'s rows April to March in 令和 and counts each month', () => {
    const seeker = buildSeeker({ registeredOn: '2026-04-01', birthDate: '1980-01-01' });
    const trial = buildTrialPlacement({ seekerId: seeker.id, startDate: '2027-03-31', endDate: '2027-04-30', status: 'in_trial' });
    const files = reportCsvFiles(reportOf({ ...EMPTY, seekers: [seeker], trialPlacements: [trial] }), words('ja'));
    const monthly = lines(files.find((f) => f.fileName.endsWith('_月別.csv'))!.text);
    expect(monthly[0]).toBe('"月別のトライアルと採用（令和8年度）","トライアル開始","採用","企業訪問"');
    expect(monthly[1]).toBe('"令和8年4月","0","0","0"');
    expect(monthly[12]).toBe('"令和9年3月","1","0","0"');
  });

  it('writes the files in English when the screen is in English', () => {
    const [summary] = reportCsvFiles(reportOf(EMPTY), words('en'));
    expect(summary!.fileName).toBe('FY2026 (Reiwa 8)_grant-report_figures.csv');
    expect(lines(summary!.text)[0]).toBe('"Section","Figure","Value (FY2026 (Reiwa 8))","Unit","Numerator","Denominator","Definition"');
  });
});

describe('the records behind a figure as CSV', () => {
  const filter: ReportFilter = { fiscalYear: 2026, month: 5, town: 'asahikawa', ageGroup: null };

  it('names the figure and the conditions, lists each record with its day, what the screen shows and its id', () => {
    const seeker = buildSeeker({ familyName: '北野', givenName: '遥', registeredOn: '2026-05-02', town: 'asahikawa' });
    const kpi: Kpi = { key: 'seekersNew', section: 'seekers', unit: 'count', value: 1, entity: 'seekers', ids: [seeker.id] };
    const file = kpiRecordsCsv(kpi, kpiRecordRows(kpi, { ...EMPTY, seekers: [seeker] }, words('ja')), filter, words('ja'));
    expect(file.fileName).toBe('令和8年度_5月_旭川市_実績報告_新規登録者_記録.csv');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const [header, row, end] = lines(file.text);
    expect(header).toBe('"新規登録者（令和8年度・5月・旭川市）","日付","内容","記録ID"');
    expect(row).toBe(`"北野 遥","2026-05-02","登録 2026年5月2日（令和8年） · 旭川市","${seeker.id}"`);
    expect(end).toBe('');
  });

  it('says for a rate whether each record is in the numerator or only in the denominator', () => {
    const [hired, ended] = [buildTrialPlacement({ status: 'hired' }), buildTrialPlacement({ status: 'not_hired' })];
    const kpi: Kpi = { key: 'trialToHireRate', section: 'trials', unit: 'rate', value: 0.5, numerator: 1, denominator: 2, entity: 'trialPlacements', ids: [hired.id], denominatorIds: [hired.id, ended.id] };
    const rows = lines(kpiRecordsCsv(kpi, kpiRecordRows(kpi, { ...EMPTY, trialPlacements: [hired, ended] }, words('ja')), filter, words('ja')).text);
    expect(rows[0]).toContain('"分子・分母","記録ID"');
    expect(rows.filter((r) => r.includes('"分子"'))).toHaveLength(1);
    expect(rows.filter((r) => r.includes('"分母のみ"'))).toHaveLength(1);
  });
});
