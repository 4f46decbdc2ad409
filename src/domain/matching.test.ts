import { describe, expect, it } from 'vitest';
import { buildCompany, buildConsent, buildOpening, buildSeeker, buildTrialPlacement } from '../../tests/factories';
import type { Company, Opening, Seeker, TrialPlacement } from '../shared/entities';
import { candidatesFor, prepareMatching, suggestOpenings, withConsentReason, type MatchWorld } from './matching';

const TODAY = '2026-06-01';

// Readable ids (the schemas want UUIDs): the ranking reads ids only to join and to break ties.
const host = (id: string, overrides: Partial<Company> = {}): Company => ({ ...buildCompany({ status: 'active', ...overrides }), id });
const opening = (id: string, companyId: string, overrides: Partial<Opening> = {}): Opening => ({
  ...buildOpening({ industry: 'care_welfare', town: 'asahikawa', places: 1, receivedOn: '2026-04-01', validUntil: '2026-07-31', closedOn: '', ...overrides }),
  id,
  companyId,
});
const seeker = ({ id = 's', ...overrides }: Partial<Seeker> = {}): Seeker => ({
  ...buildSeeker({ birthDate: '1980-05-10', town: 'higashikagura', desiredIndustries: ['care_welfare'], status: 'registered', ...overrides }),
  id,
});
const placement = (seekerId: string, companyId: string, status: TrialPlacement['status'], overrides: Partial<TrialPlacement> = {}): TrialPlacement => ({
  ...buildTrialPlacement(),
  seekerId,
  companyId,
  openingId: '',
  status,
  startDate: '2025-09-01',
  ...overrides,
});

function world(parts: Partial<MatchWorld> & { birthDates?: Record<string, string> }): MatchWorld {
  const birthDates = parts.birthDates ?? {};
  return { today: TODAY, openings: [], companies: [], placements: [], birthDateOf: (id) => birthDates[id], ...parts };
}

describe('suggestOpenings', () => {
  it('gives each suggestion its reasons, and the score is their points added up', () => {
    const index = prepareMatching(
      world({
        companies: [host('c1')],
        openings: [opening('o1', 'c1', { places: 2 })],
        placements: [
          placement('p1', 'c1', 'hired'),
          placement('p2', 'c1', 'hired'),
          placement('p3', 'c1', 'hired'),
          placement('p4', 'c1', 'not_hired'),
        ],
        birthDates: { p1: '1985-01-01', p2: '1990-01-01', p3: '1979-12-31', p4: '1988-07-07' },
      }),
    );
    expect(suggestOpenings(index, seeker())).toEqual([
      {
        openingId: 'o1',
        companyId: 'c1',
        score: 40 + 20 + 10 + 12,
        reasons: [
          { kind: 'industry', industry: 'care_welfare', points: 40 },
          { kind: 'commute', from: 'higashikagura', to: 'asahikawa', minutes: 20, points: 20 },
          { kind: 'places', open: 2, points: 10 },
          { kind: 'history', hired: 3, of: 4, points: 12 },
        ],
      },
    ]);
  });

  it('puts a wanted industry an hour away above an unwanted one in the same town', () => {
    const index = prepareMatching(
      world({
        companies: [host('near'), host('far')],
        openings: [opening('o-near', 'near', { industry: 'retail', town: 'higashikagura' }), opening('o-far', 'far', { town: 'kamikawa' })],
      }),
    );
    expect(suggestOpenings(index, seeker()).map((s) => s.openingId)).toEqual(['o-far', 'o-near']);
  });

  it('ranks nearer, roomier and better-placing companies higher when the industry is the same', () => {
    const index = prepareMatching(
      world({
        companies: [host('a'), host('b'), host('c'), host('d')],
        openings: [
          opening('o-a', 'a', { town: 'biei' }),
          opening('o-b', 'b', { town: 'higashikawa' }),
          opening('o-c', 'c', { town: 'biei', places: 3 }),
          opening('o-d', 'd', { town: 'biei' }),
        ],
        placements: [placement('x', 'd', 'hired'), placement('y', 'd', 'hired')],
        birthDates: { x: '1982-03-03', y: '1975-11-30' },
      }),
    );
    expect(suggestOpenings(index, seeker()).map((s) => s.openingId)).toEqual(['o-d', 'o-c', 'o-b', 'o-a']);
  });

  it('breaks equal scores by opening id, whatever order the records come in', () => {
    const companies = [host('c1'), host('c2'), host('c3')];
    const openings = [opening('o3', 'c3'), opening('o1', 'c1'), opening('o2', 'c2')];
    const forward = suggestOpenings(prepareMatching(world({ companies, openings })), seeker());
    const backward = suggestOpenings(prepareMatching(world({ companies: [...companies].reverse(), openings: [...openings].reverse() })), seeker());
    expect(forward.map((s) => s.openingId)).toEqual(['o1', 'o2', 'o3']);
    expect(backward).toEqual(forward);
  });

  it('suggests only open openings with a place left at host companies', () => {
    const index = prepareMatching(
      world({
        companies: [host('ok'), host('registered', { status: 'host_registered' }), host('dormant', { status: 'dormant' }), host('prospect', { status: 'prospect' }), host('gone', { deleted: true })],
        openings: [
          opening('open', 'ok'),
          opening('last-day', 'ok', { validUntil: TODAY }),
          opening('not-yet', 'ok', { receivedOn: '2026-06-02' }),
          opening('expired', 'ok', { validUntil: '2026-05-31' }),
          opening('closed', 'ok', { closedOn: '2026-05-20' }),
          opening('full', 'ok', { places: 1 }),
          opening('at-registered', 'registered'),
          opening('at-dormant', 'dormant'),
          opening('at-prospect', 'prospect'),
          opening('at-deleted', 'gone'),
        ],
        placements: [placement('other', 'ok', 'in_trial', { openingId: 'full' })],
      }),
    );
    expect(suggestOpenings(index, seeker()).map((s) => s.openingId).sort()).toEqual(['at-registered', 'last-day', 'open']);
  });

  it('leaves out companies where the seeker already has a trial open, but not where one ended', () => {
    const index = prepareMatching(
      world({
        companies: [host('proposed'), host('running'), host('ended')],
        openings: [opening('o1', 'proposed', { places: 3 }), opening('o2', 'running', { places: 3 }), opening('o3', 'ended')],
        placements: [placement('s', 'proposed', 'proposed'), placement('s', 'running', 'in_trial'), placement('s', 'ended', 'not_hired')],
        birthDates: { s: '1980-05-10' },
      }),
    );
    expect(suggestOpenings(index, seeker()).map((s) => s.openingId)).toEqual(['o3']);
  });

  it('counts past trials of the same age group only, judged on the day each trial started', () => {
    const index = prepareMatching(
      world({
        companies: [host('c1')],
        openings: [opening('o1', 'c1')],
        placements: [
          // 59 when the trial started (senior at 60), 61 today: a working-age trial.
          placement('was-59', 'c1', 'hired', { startDate: '2024-06-01' }),
          placement('senior', 'c1', 'withdrawn', { startDate: '2025-04-01' }),
          placement('senior', 'c1', 'hired', { startDate: '2026-04-01' }),
          placement('running', 'c1', 'in_trial'),
          placement('unknown', 'c1', 'hired'),
        ],
        birthDates: { 'was-59': '1964-06-02', senior: '1950-01-01', running: '1990-01-01' },
      }),
    );
    const historyOf = (s: Seeker) => suggestOpenings(index, s)[0]?.reasons.find((r) => r.kind === 'history');
    expect(historyOf(seeker())).toEqual({ kind: 'history', hired: 1, of: 1, points: 10 });
    // Turning 60 today makes a seeker a senior today.
    expect(historyOf(seeker({ birthDate: '1966-06-01' }))).toEqual({ kind: 'history', hired: 1, of: 2, points: 7 });
    expect(historyOf(seeker({ birthDate: '1966-06-02' }))).toEqual({ kind: 'history', hired: 1, of: 1, points: 10 });
  });

  it('shows a company where no one of the age group was hired, with no points for it', () => {
    const index = prepareMatching(
      world({ companies: [host('c1')], openings: [opening('o1', 'c1')], placements: [placement('a', 'c1', 'not_hired'), placement('b', 'c1', 'withdrawn')], birthDates: { a: '1990-01-01', b: '1991-01-01' } }),
    );
    expect(suggestOpenings(index, seeker())[0]?.reasons.at(-1)).toEqual({ kind: 'history', hired: 0, of: 2, points: 0 });
  });

  it('gives no industry reason to a seeker who wants another industry or named none, and stops at the limit', () => {
    const companies = Array.from({ length: 12 }, (_, i) => host(`c${String(i).padStart(2, '0')}`));
    const index = prepareMatching(world({ companies, openings: companies.map((c) => opening(`o-${c.id}`, c.id)) }));
    const suggestions = suggestOpenings(index, seeker({ desiredIndustries: [] }));
    expect(suggestions).toHaveLength(8);
    expect(suggestions.every((s) => s.reasons.every((r) => r.kind !== 'industry'))).toBe(true);
    expect(suggestOpenings(index, seeker({ desiredIndustries: ['it'] }), 3).map((s) => s.score)).toEqual([25, 25, 25]);
  });
});

describe('candidatesFor', () => {
  const companies = [host('c1'), host('other')];
  const openings = [opening('care', 'c1', { places: 2 }), opening('retail', 'c1', { industry: 'retail', town: 'toma', places: 2 })];

  it('lists the seekers who are looking for work and want one of its industries, best first, with the opening that suits each', () => {
    const seekers = [
      seeker({ id: 'care-near', town: 'asahikawa' }),
      seeker({ id: 'care-far', town: 'kamikawa' }),
      seeker({ id: 'retail', town: 'pippu', desiredIndustries: ['retail'] }),
      seeker({ id: 'any', town: 'asahikawa', desiredIndustries: [] }),
      seeker({ id: 'it', desiredIndustries: ['it'] }),
      seeker({ id: 'closed', status: 'closed' }),
      seeker({ id: 'hired', status: 'hired' }),
      seeker({ id: 'in-trial-elsewhere', status: 'matching' }),
      seeker({ id: 'proposed-here', status: 'matching' }),
      seeker({ id: 'proposed-elsewhere', status: 'matching' }),
    ];
    const placements = [
      placement('in-trial-elsewhere', 'other', 'in_trial'),
      placement('proposed-here', 'c1', 'proposed', { openingId: 'retail' }),
      placement('proposed-elsewhere', 'other', 'proposed'),
    ];
    const index = prepareMatching(world({ companies, openings, placements }));
    const ranked = candidatesFor(index, 'c1', seekers);
    expect(ranked.map((c) => [c.seekerId, c.openingId])).toEqual([
      ['care-near', 'care'],
      ['proposed-elsewhere', 'care'],
      ['retail', 'retail'],
      ['care-far', 'care'],
      ['any', 'care'],
    ]);
    expect(ranked[0]).toEqual({
      seekerId: 'care-near',
      openingId: 'care',
      companyId: 'c1',
      score: 40 + 22 + 10,
      reasons: [
        { kind: 'industry', industry: 'care_welfare', points: 40 },
        { kind: 'commute', from: 'asahikawa', to: 'asahikawa', minutes: 15, points: 22 },
        { kind: 'places', open: 2, points: 10 },
      ],
    });
  });

  it('lists nobody for a company with no open opening or one that is not a host', () => {
    const index = prepareMatching(world({ companies: [host('dormant', { status: 'dormant' }), host('none')], openings: [opening('o', 'dormant')] }));
    expect(candidatesFor(index, 'dormant', [seeker()])).toEqual([]);
    expect(candidatesFor(index, 'none', [seeker()])).toEqual([]);
  });

  it('keeps the top ten, ties by seeker id', () => {
    const index = prepareMatching(world({ companies, openings }));
    const seekers = Array.from({ length: 30 }, (_, i) => seeker({ id: `s${String(29 - i).padStart(2, '0')}` }));
    expect(candidatesFor(index, 'c1', seekers).map((c) => c.seekerId)).toEqual(Array.from({ length: 10 }, (_, i) => `s${String(i).padStart(2, '0')}`));
  });
});

describe('withConsentReason', () => {
  it('says whether a consent covers the company today', () => {
    const index = prepareMatching(world({ companies: [host('c1')], openings: [opening('o1', 'c1')] }));
    const [candidate] = candidatesFor(index, 'c1', [seeker()]);
    const named = { ...buildConsent({ scope: 'named', companyIds: [crypto.randomUUID()], date: '2026-05-01' }), seekerId: 's', companyIds: ['c1'] };
    const withdrawn = buildConsent({ scope: 'all_hosts', date: '2026-04-01', withdrawnOn: '2026-05-15' });
    expect(withConsentReason(candidate!, [named], TODAY).reasons.at(-1)).toEqual({ kind: 'consent', given: true, points: 0 });
    expect(withConsentReason(candidate!, [withdrawn], TODAY).reasons.at(-1)).toEqual({ kind: 'consent', given: false, points: 0 });
  });
});
