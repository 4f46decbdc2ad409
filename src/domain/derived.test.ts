import { describe, expect, it } from 'vitest';
import { memoryReader } from '../../tests/factories/memory-reader';
import { ledgerHoldId, provisionIdOfPlacement, statusChangeId } from '../shared/ids';
import { consentCovers, consentState } from './consent';
import { derivedWrites } from './derived-records';
import { nextVisitDue, seekerProgrammeStatus } from './derived-values';
import { erasurePlan, holdExpired, ledgerHoldsOf, personalDataPatch, withoutPersonalData } from './erasure';
import { ENTITY_RULES } from './registry';
import { ENTITY_NAMES } from '../shared/entities';

const actor = { userId: 'u1', role: 'coordinator' as const, schoolId: null };
const NOW = '2026-12-05T01:00:00.000Z';

describe('derived records', () => {
  it('writes a provision record when a placement proposes a seeker, once per placement', () => {
    const after = { seekerId: 's', companyId: 'c', status: 'proposed' };
    const writes = derivedWrites({ entity: 'trialPlacements', id: 'p', mutationId: 'm', before: undefined, after, actor, now: NOW });
    expect(writes.find((w) => w.entity === 'provisions')).toEqual({
      entity: 'provisions',
      id: provisionIdOfPlacement('p'),
      fields: { seekerId: 's', companyId: 'c', date: '2026-12-05', purpose: 'trial_proposal', items: ['name', 'age', 'contact', 'desired_work'], placementId: 'p', staffUserId: 'u1' },
    });
    expect(derivedWrites({ entity: 'trialPlacements', id: 'p', mutationId: 'm2', before: after, after: { ...after, jobTitle: 'x' }, actor, now: NOW })).toEqual([]);
  });

  it('records every status move with who and when, marking a reopening', () => {
    const [change] = derivedWrites({ entity: 'trialPlacements', id: 'p', mutationId: 'm', before: { status: 'hired' }, after: { status: 'in_trial' }, actor, now: NOW });
    expect(change).toEqual({
      entity: 'statusChanges',
      id: statusChangeId('m', 'trialPlacements', 'status'),
      fields: { entity: 'trialPlacements', recordId: 'p', field: 'status', from: 'hired', to: 'in_trial', reopened: true, changedAt: NOW, userId: 'u1' },
    });
  });
});

describe('erasure of a person', () => {
  const world = {
    counsellingRecords: [{ id: 'cr1', seekerId: 's' }, { id: 'cr2', seekerId: 'other' }],
    consents: [{ id: 'co1', seekerId: 's' }],
    trialPlacements: [{ id: 'p1', seekerId: 's' }],
    checkIns: [{ id: 'ci1', placementId: 'p1' }, { id: 'ci2', placementId: 'p9' }],
    retentionChecks: [{ id: 'rc1', placementId: 'p1' }],
  };

  it('reaches the person’s counselling records, consents, placements, check-ins and retention checks, and nobody else’s', async () => {
    expect(await erasurePlan('seekers', 's', memoryReader(world))).toEqual([
      { entity: 'counsellingRecords', id: 'cr1', kind: 'erase' },
      { entity: 'consents', id: 'co1', kind: 'scrub' },
      { entity: 'trialPlacements', id: 'p1', kind: 'scrub' },
      { entity: 'checkIns', id: 'ci1', kind: 'erase' },
      { entity: 'retentionChecks', id: 'rc1', kind: 'scrub' },
    ]);
  });

  it('blanks personal fields, keeps the birth month and the statistical facts', () => {
    const seeker = { id: 's', familyName: '佐藤', givenName: '花子', familyNameKana: 'サトウ', givenNameKana: 'ハナコ', birthDate: '1958-07-23', phone: '0166123456', email: 'a@example.jp', address: '旭川市', postalCode: '070-0031', notes: 'メモ', town: 'asahikawa', gender: 'female', status: 'hired', registeredOn: '2025-04-01' };
    expect(withoutPersonalData('seekers', seeker)).toEqual({ ...seeker, familyName: '', givenName: '', familyNameKana: '', givenNameKana: '', birthDate: '1958-07-01', phone: '', email: '', address: '', postalCode: '', notes: '' });
    expect(personalDataPatch('trialPlacements', { employerFeedback: '真面目', jobTitle: '製造補助' })).toEqual({ employerFeedback: '' });
  });

  it('names a delete policy for every entity, and erases only what describes a person', () => {
    for (const e of ENTITY_NAMES) expect(ENTITY_RULES[e], e).toBeDefined();
    expect(ENTITY_NAMES.filter((e) => ENTITY_RULES[e].delete === 'erase')).toEqual(['seekers', 'counsellingRecords', 'checkIns', 'ledgerHolds']);
  });

  it("keeps a deleted seeker's 求職管理簿 items, and no other field, for two years from the day of the deletion in Japan", () => {
    const seeker = { id: 's', familyName: '佐藤', givenName: '花子', familyNameKana: 'サトウ', givenNameKana: 'ハナコ', birthDate: '1958-07-23', phone: '0166123456', email: 'a@example.jp', address: '旭川市', postalCode: '070-0031', notes: 'メモ', town: 'asahikawa' };
    // 23:30 UTC on 31 March is 1 April in Japan.
    expect(ledgerHoldsOf('seekers', seeker, '2026-03-31T23:30:00.000Z')).toEqual([
      { entity: 'ledgerHolds', id: ledgerHoldId('s'), fields: { seekerId: 's', familyName: '佐藤', givenName: '花子', postalCode: '070-0031', address: '旭川市', birthDate: '1958-07-23', heldOn: '2026-04-01', keepUntil: '2028-04-01' } },
    ]);
    expect(ledgerHoldsOf('counsellingRecords', seeker, '2026-04-01T00:00:00.000Z')).toEqual([]);
  });

  it('lets a hold expire on the day after keepUntil', () => {
    expect(holdExpired('2028-04-01', '2028-04-01')).toBe(false);
    expect(holdExpired('2028-04-01', '2028-04-02')).toBe(true);
  });
});

describe('consent', () => {
  const consent = { date: '2026-04-01', withdrawnOn: '2026-10-01', scope: 'named', companyIds: ['c1'] };
  it('covers a named company between its date and its withdrawal', () => {
    expect(consentCovers(consent, 'c1', '2026-03-31')).toBe(false);
    expect(consentCovers(consent, 'c1', '2026-04-01')).toBe(true);
    expect(consentCovers(consent, 'c2', '2026-05-01')).toBe(false);
    expect(consentCovers(consent, 'c1', '2026-10-01')).toBe(false);
    expect(consentState(consent, '2026-05-01')).toBe('active');
    expect(consentState(consent, '2026-10-01')).toBe('withdrawn');
  });
});

describe('derived values', () => {
  it('takes a company’s next visit from its latest visit that set one', () => {
    const visits = [
      { date: '2026-10-01', nextVisitDate: '2026-11-01' },
      { date: '2026-11-02', nextVisitDate: '2027-01-15' },
      { date: '2026-11-20', nextVisitDate: '' },
    ];
    expect(nextVisitDue({ nextVisitDue: '2026-09-01' }, visits)).toBe('2027-01-15');
    expect(nextVisitDue({ nextVisitDue: '2026-09-01' }, [])).toBe('2026-09-01');
  });

  it('follows a seeker’s placements for the programme status, unless the seeker was closed', () => {
    expect(seekerProgrammeStatus({ status: 'registered' }, [{ status: 'not_hired' }, { status: 'in_trial' }])).toBe('in_trial');
    expect(seekerProgrammeStatus({ status: 'matching' }, [{ status: 'hired' }])).toBe('hired');
    expect(seekerProgrammeStatus({ status: 'closed' }, [{ status: 'hired' }])).toBe('closed');
    expect(seekerProgrammeStatus({ status: 'registered' }, [])).toBe('registered');
  });
});
