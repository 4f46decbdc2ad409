import { describe, expect, it } from 'vitest';
import '../../lib/i18n/route-messages';
import type { PlacementLedgers } from '../../domain/placement-ledgers';
import { excelCsv } from '../../lib/csv';
import { ledgerFileName, ledgerTable } from './ledger-table';

const referral = { placementId: 'p1', referredOn: '2026-04-10', outcome: 'hired' as const, hiredOn: '2026-05-15', earlyLeave: 'left' as const };

const ledgers: PlacementLedgers = {
  jobs: [
    {
      openingId: 'o1',
      companyName: '旭川物産株式会社',
      companyPostalCode: '070-0031',
      companyAddress: '旭川市1条通8丁目',
      contactPerson: '山田 花子',
      contactPhone: '0166-22-1111',
      receivedOn: '2026-04-01',
      validUntil: '2026-07-31',
      closedOn: '2026-06-15',
      places: 2,
      jobType: '介護補助',
      town: 'takasu',
      workplace: '鷹栖事業所',
      wageUnit: 'hourly',
      wageAmount: 1_075,
      seekerName: '田中 太郎',
      referral,
    },
  ],
  seekers: [
    {
      seekerId: 's1',
      name: '田中 太郎',
      postalCode: '078-8341',
      address: '旭川市東光1条1丁目',
      birthDate: '1958-10-02',
      desiredIndustries: ['care_welfare', 'manufacturing'],
      registeredOn: '2026-04-01',
      deleted: false,
      companyName: '旭川物産株式会社',
      referral: null,
    },
  ],
  fees: [{ feeId: 'f1', companyName: '旭川物産株式会社', amount: 150_000, paidOn: '', invoicedOn: '2026-06-01', status: 'invoiced', seekerName: '田中 太郎', hiredOn: '2026-05-15' }],
};

describe('ledgerTable', () => {
  it('writes the 求人管理簿 in the guidance’s order, with the 雇用期間 left for the staff', () => {
    const table = ledgerTable('jobs', ledgers);
    expect(table.header).toEqual([
      '求人者の氏名又は名称',
      '求人者の所在地',
      '求人に係る連絡先',
      '求人受付年月日',
      '求人の有効期間',
      '求人数',
      '求人に係る職種',
      '求人に係る就業場所',
      '求人に係る雇用期間',
      '求人に係る賃金',
      '職業紹介の取扱状況：紹介年月日',
      '職業紹介の取扱状況：紹介した求職者の氏名',
      '職業紹介の取扱状況：採否',
      '職業紹介の取扱状況：採用年月日',
      '無期雇用就職者の6か月以内の離職（解雇を除く）の有無',
    ]);
    expect(table.rows).toEqual([
      [
        '旭川物産株式会社',
        '〒070-0031 旭川市1条通8丁目',
        '山田 花子 0166-22-1111',
        '2026/04/01',
        '2026/04/01〜2026/07/31（2026/06/15 取扱終了）',
        2,
        '介護補助',
        '鷹栖町 鷹栖事業所',
        '',
        '時給 1,075円',
        '2026/04/10',
        '田中 太郎',
        '採用',
        '2026/05/15',
        '有（解雇か要確認）',
      ],
    ]);
  });

  it('does not name the town twice when the workplace already starts with it', () => {
    const job = { ...ledgers.jobs[0]!, workplace: '鷹栖町北野東1条' };
    expect(ledgerTable('jobs', { ...ledgers, jobs: [job] }).rows[0]?.[7]).toBe('鷹栖町北野東1条');
  });

  it('writes a 求職管理簿 line without a 紹介 with the handling items blank', () => {
    const table = ledgerTable('seekers', ledgers);
    expect(table.header.slice(0, 6)).toEqual(['求職者の氏名', '求職者の住所', '求職者の生年月日', '求職者の希望職種', '求職受付年月日', '求職の有効期間']);
    expect(table.rows).toEqual([['田中 太郎', '〒078-8341 旭川市東光1条1丁目', '1958/10/02', '介護・福祉、製造業', '2026/04/01', '', '', '', '', '', '']]);
  });

  it('writes the 手数料管理簿 with the kind of fee and an unpaid fee’s 徴収年月日 blank', () => {
    const table = ledgerTable('fees', ledgers);
    expect(table.header).toEqual(['求人者の氏名又は名称', '手数料の種類', '手数料の額（円）', '手数料の徴収年月日', '紹介により就職した者の氏名', '採用年月日', '請求年月日']);
    expect(table.rows).toEqual([['旭川物産株式会社', '紹介手数料（成功報酬）', 150_000, '', '田中 太郎', '2026/05/15', '2026/06/01']]);
  });

  it('makes a CSV Excel opens: BOM, CRLF, the header first', () => {
    const { header, rows } = ledgerTable('fees', ledgers);
    const text = excelCsv(header, rows);
    expect(text.startsWith('\uFEFF"求人者の氏名又は名称","手数料の種類"')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('names the file after the year and the ledger', () => {
    expect(ledgerFileName('seekers', '令和8年度')).toBe('令和8年度_求職管理簿.csv');
  });
});
