import { afterEach, describe, expect, it, vi } from 'vitest';
import { ageGroupOn, ageOn } from './age-group';
import { DEMO_DEFAULTS, DEMO_VOLUMES, generateDemoData, type DemoData } from './demo-data';
import { fiscalYearOf } from './demo/dates';
import { PLACES } from './demo/places';
import { DEMO_ADMIN_USER_ID, DEMO_COORDINATOR_USER_ID, demoUserId } from './demo/users';
import { MAX_SCHOOLS } from './demo/schools';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type Student } from './entities';
import { idSchema } from './fields';
import { attendanceId, careerPlanId, participantId, feeIdOfPlacement, programmeSettingId, provisionIdOfPlacement } from './ids';

const data = generateDemoData({ seed: 1 });
const NOW = DEMO_DEFAULTS.now;
const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));
const allIds = (d: DemoData) => ENTITY_NAMES.flatMap((e) => d[e].map((r) => r.id));

describe('generateDemoData', () => {
  it('gives the same records and ids for the same seed', () => {
    expect(generateDemoData({ seed: 1 })).toEqual(data);
  });

  it('gives different people and ids for another seed', () => {
    const other = generateDemoData({ seed: 2 });
    expect(other.seekers[0]!.id).not.toBe(data.seekers[0]!.id);
    const names = (d: DemoData) => d.seekers.map((s) => s.familyName + s.givenName).join();
    expect(names(other)).not.toBe(names(data));
  });

  it('does not depend on the clock, only on the now option', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    expect(generateDemoData({ seed: 1 })).toEqual(data);
    expect(generateDemoData({ seed: 1, now: `${NOW}T12:00:00.000+09:00` })).toEqual(data);
  });

  it('produces only records that pass their schema and are already in stored form', () => {
    for (const entity of ENTITY_NAMES)
      for (const record of data[entity]) expect(ENTITY_SCHEMAS[entity].parse(record), entity).toEqual(record);
  });

  it('uses the default counts of a demo', () => {
    expect(data.seekers).toHaveLength(300);
    expect(data.companies).toHaveLength(120);
    expect(data.schools).toHaveLength(6);
    expect(data.students).toHaveLength(6 * 90);
    expect(data.trialPlacements).toHaveLength(160);
    expect(data.internshipProgrammes).toHaveLength(6 * 2);
    expect(data.openings).toHaveLength(150);
    // Status history starts when people move statuses in the app, ledger holds when someone is deleted; the demo has neither.
    const none = ['statusChanges', 'ledgerHolds'];
    for (const entity of ENTITY_NAMES.filter((e) => !none.includes(e))) expect(data[entity].length, entity).toBeGreaterThan(0);
    for (const entity of none) expect(data[entity as 'statusChanges' | 'ledgerHolds'], entity).toEqual([]);
  });

  it('gives every record a unique id: random v4, or derived from what the record is about as the app derives it', () => {
    const ids = allIds(data);
    expect(new Set(ids).size).toBe(ids.length);
    const derived = new Set<string>(['attendance', 'successFees', 'programmeSettings', 'provisions', 'programmeParticipants', 'careerPlans']);
    for (const entity of ENTITY_NAMES.filter((e) => !derived.has(e)))
      for (const { id } of data[entity])
        expect(id, entity).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    for (const a of data.attendance) expect(a.id).toBe(attendanceId(a.sessionId, a.studentId));
    for (const f of data.successFees) expect(f.id).toBe(feeIdOfPlacement(f.placementId));
    for (const p of data.provisions) expect(p.id).toBe(provisionIdOfPlacement(p.placementId));
    for (const s of data.programmeSettings) expect(s.id).toBe(programmeSettingId(s.fiscalYear));
    for (const p of data.programmeParticipants) expect(p.id).toBe(participantId(p.programmeId, p.studentId));
    for (const c of data.careerPlans) expect(c.id).toBe(careerPlanId(c.programmeId, c.studentId));
    expect(ids.every((id) => idSchema.safeParse(id).success)).toBe(true);
  });

  it('keeps seeker ids the same when only the notes length or the counts change', () => {
    const longNotes = generateDemoData({ seed: 1, notesLength: [200, 800] });
    expect(longNotes.seekers.map((s) => s.id)).toEqual(data.seekers.map((s) => s.id));
    const fewer = generateDemoData({ seed: 1, seekers: 10 });
    expect(fewer.seekers.map((s) => s.id)).toEqual(data.seekers.slice(0, 10).map((s) => s.id));
  });

  it('stamps nothing later than now and nothing before the centre opened', () => {
    for (const entity of ENTITY_NAMES)
      for (const r of data[entity]) {
        expect(r.createdAt.slice(0, 10) <= NOW && r.updatedAt.slice(0, 10) <= NOW, entity).toBe(true);
        expect(r.createdAt <= r.updatedAt, entity).toBe(true);
      }
    for (const s of data.seekers) expect(s.registeredOn >= '2020-09-01' && s.registeredOn <= NOW).toBe(true);
  });
});

describe('demo data references', () => {
  it('points every counselling record and trial at an existing seeker, and every visit and trial at a company', () => {
    const seekers = byId(data.seekers);
    const companies = byId(data.companies);
    for (const c of data.counsellingRecords) expect(seekers.has(c.seekerId)).toBe(true);
    for (const v of data.companyVisits) expect(companies.has(v.companyId)).toBe(true);
    for (const t of data.trialPlacements) expect(seekers.has(t.seekerId) && companies.has(t.companyId)).toBe(true);
  });

  it('gives each hired trial exactly one success fee and no other trial any', () => {
    const trials = byId(data.trialPlacements);
    const feesByTrial = new Map(data.successFees.map((f) => [f.placementId, f]));
    expect(feesByTrial.size).toBe(data.successFees.length);
    for (const f of data.successFees) expect(trials.get(f.placementId)?.status).toBe('hired');
    for (const t of data.trialPlacements.filter((x) => x.status === 'hired')) expect(feesByTrial.has(t.id)).toBe(true);
  });

  it('keeps the school programme consistent: students, programmes, sessions, internships and marks of one school', () => {
    const schools = byId(data.schools);
    const students = byId(data.students);
    const programmes = byId(data.internshipProgrammes);
    const sessions = byId(data.programmeSessions);
    const companies = byId(data.companies);
    for (const s of data.students) expect(schools.has(s.schoolId)).toBe(true);
    for (const p of data.internshipProgrammes) expect(schools.has(p.schoolId)).toBe(true);
    for (const s of data.programmeSessions) expect(programmes.get(s.programmeId)?.schoolId).toBe(s.schoolId);
    for (const i of data.internships) {
      expect(students.get(i.studentId)?.schoolId).toBe(i.schoolId);
      expect(companies.has(i.companyId)).toBe(true);
      if (i.programmeId) expect(programmes.get(i.programmeId)?.schoolId).toBe(i.schoolId);
    }
    for (const a of data.attendance) {
      expect(sessions.get(a.sessionId)?.schoolId).toBe(a.schoolId);
      expect(students.get(a.studentId)?.schoolId).toBe(a.schoolId);
      expect(sessions.get(a.sessionId)!.date <= NOW).toBe(true);
    }
  });

  it('holds each programme as pre-learning, then the internship days at each host, then post-learning', () => {
    const order = { pre_learning: 0, internship: 1, post_learning: 2 };
    const companies = byId(data.companies);
    for (const p of data.internshipProgrammes) {
      const kinds = data.programmeSessions
        .filter((s) => s.programmeId === p.id)
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((s) => order[s.kind]);
      expect(kinds).toEqual([...kinds].sort());
    }
    for (const s of data.programmeSessions.filter((x) => x.kind === 'internship')) {
      expect(companies.has(s.companyId)).toBe(true);
      // Its students' internships carry the session's host.
      const there = data.internships.filter((i) => i.programmeId === s.programmeId && i.startDate <= s.date && s.date <= i.endDate && i.companyId === s.companyId);
      expect(there.length).toBeGreaterThan(0);
    }
  });

  it('numbers each class from 1 in reading order and gives every student a plan after graduation', () => {
    const classes = new Map<string, Student[]>();
    for (const s of data.students.filter((x) => x.kind === 'high_school')) classes.set(`${s.schoolId}/${s.className}`, [...(classes.get(`${s.schoolId}/${s.className}`) ?? []), s]);
    for (const members of classes.values()) {
      expect(members.length).toBeLessThanOrEqual(40);
      expect(members.map((m) => m.number)).toEqual(members.map((_, i) => i + 1));
    }
    expect(new Set(data.students.map((s) => s.plan))).toEqual(new Set(['further_study', 'employment', 'undecided']));
    const { schools, studentsPerSchool } = DEMO_VOLUMES.programme;
    expect(schools * studentsPerSchool).toBe(3_000);
  });
});

describe('demo data lifecycles', () => {
  it('mixes every trial status, with a hire rate a council could report', () => {
    const statuses = new Set(data.trialPlacements.map((t) => t.status));
    expect([...statuses].sort()).toEqual(['arranging', 'hired', 'in_trial', 'not_hired', 'proposed', 'withdrawn']);
    const closed = data.trialPlacements.filter((t) => ['hired', 'not_hired', 'withdrawn'].includes(t.status));
    const hireRate = closed.filter((t) => t.status === 'hired').length / closed.length;
    expect(hireRate).toBeGreaterThan(0.4);
    expect(hireRate).toBeLessThan(0.7);
  });

  it('derives trial status from its dates: running trials have started (a few past their end, undecided), planned ones start later', () => {
    const seekers = byId(data.seekers);
    const undecided = data.trialPlacements.filter((t) => t.status === 'in_trial' && t.endDate < NOW);
    expect(undecided.length).toBeGreaterThan(0);
    expect(undecided.length).toBeLessThanOrEqual(3);
    for (const t of data.trialPlacements) {
      if (t.status === 'in_trial') expect(t.startDate <= NOW).toBe(true);
      if (t.status === 'proposed' || t.status === 'arranging') expect(t.startDate > NOW).toBe(true);
      if (t.status === 'hired') expect(t.hiredOn > t.endDate && t.hiredOn <= NOW).toBe(true);
      expect(t.startDate >= seekers.get(t.seekerId)!.registeredOn).toBe(true);
    }
    const trials = byId(data.trialPlacements);
    for (const c of data.checkIns) {
      const t = trials.get(c.placementId)!;
      expect(c.date >= t.startDate && c.date <= t.endDate && c.date <= NOW).toBe(true);
    }
  });

  it('gives every placement a consent that covered its company when it was proposed, and one provision record', () => {
    const consents = new Map(data.consents.map((c) => [c.seekerId, c]));
    const provisions = new Map(data.provisions.map((p) => [p.placementId, p]));
    for (const t of data.trialPlacements) {
      const consent = consents.get(t.seekerId)!;
      expect(consent.date <= t.createdAt.slice(0, 10) && consent.withdrawnOn === '').toBe(true);
      expect(provisions.get(t.id)).toMatchObject({ seekerId: t.seekerId, companyId: t.companyId, date: t.createdAt.slice(0, 10) });
    }
    expect(data.provisions).toHaveLength(data.trialPlacements.length);
  });

  it('checks retention only after a hire, at most once per milestone', () => {
    const trials = byId(data.trialPlacements);
    const seen = new Set<string>();
    for (const r of data.retentionChecks) {
      const t = trials.get(r.placementId)!;
      expect(t.status).toBe('hired');
      expect(r.date >= t.hiredOn && r.date <= NOW).toBe(true);
      expect(seen.has(`${r.placementId}/${r.milestone}`)).toBe(false);
      seen.add(`${r.placementId}/${r.milestone}`);
    }
    expect(data.retentionChecks.length).toBeGreaterThan(0);
  });

  it('gives a hired seeker the status hired', () => {
    const hired = new Set(data.trialPlacements.filter((t) => t.status === 'hired').map((t) => t.seekerId));
    for (const s of data.seekers.filter((x) => hired.has(x.id))) expect(s.status).toBe('hired');
  });

  it('registered only seniors during the seniors-only pilot before April 2021', () => {
    const pilot = data.seekers.filter((s) => s.registeredOn < '2021-04-01');
    expect(pilot.length).toBeGreaterThan(0);
    for (const s of pilot) expect(ageOn(s.birthDate, s.registeredOn)).toBeGreaterThanOrEqual(60);
    const early = generateDemoData({ seed: 3, seekers: 50, now: '2021-02-01' });
    for (const s of early.seekers) expect(ageGroupOn(s.birthDate, '2021-02-01')).toBe('senior');
  });

  it('has about 35 % seniors, for any seed', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const seekers = seed === 1 ? data.seekers : generateDemoData({ seed, companies: 0, schools: 0 }).seekers;
      const share = seekers.filter((s) => ageGroupOn(s.birthDate, NOW) === 'senior').length / seekers.length;
      expect(share, `seed ${seed}`).toBeGreaterThan(0.27);
      expect(share, `seed ${seed}`).toBeLessThan(0.43);
    }
  });
});

describe('demo data of the trial work', () => {
  it('gives each host company one to three openings, received over the last months, some closed or expired', () => {
    const hosts = new Set(data.companies.filter((c) => ['host_registered', 'active', 'dormant'].includes(c.status)).map((c) => c.id));
    const perCompany = new Map<string, number>();
    for (const o of data.openings) perCompany.set(o.companyId, (perCompany.get(o.companyId) ?? 0) + 1);
    expect([...perCompany.keys()].every((id) => hosts.has(id))).toBe(true);
    expect(perCompany.size).toBe(hosts.size);
    expect(Math.max(...perCompany.values())).toBeLessThanOrEqual(3);
    for (const o of data.openings) expect(o.receivedOn <= NOW && o.receivedOn <= o.validUntil && o.places >= 1 && o.places <= 3).toBe(true);
    expect(data.openings.some((o) => o.closedOn !== '')).toBe(true);
    expect(data.openings.some((o) => o.validUntil < NOW)).toBe(true);
    expect(data.openings.some((o) => o.validUntil >= NOW && o.closedOn === '')).toBe(true);
  });

  it('fills openings of the trial’s own company, open when it was proposed, within their places unless a reason is given', () => {
    const openings = byId(data.openings);
    const filled = data.trialPlacements.filter((t) => t.openingId !== '');
    expect(filled.length).toBeGreaterThan(data.trialPlacements.length / 4);
    const per = new Map<string, number>();
    for (const t of filled) {
      const o = openings.get(t.openingId)!;
      expect(o.companyId).toBe(t.companyId);
      expect(o.receivedOn <= t.createdAt.slice(0, 10) && t.createdAt.slice(0, 10) <= o.validUntil).toBe(true);
      expect(t.jobTitle).toBe(o.jobType);
      per.set(o.id, (per.get(o.id) ?? 0) + (t.overPlacesReason ? 0 : 1));
    }
    for (const [id, n] of per) expect(n).toBeLessThanOrEqual(openings.get(id)!.places);
  });

  it('sets the programme for every fiscal year it covers and charges each hire its year’s fee', () => {
    expect(data.programmeSettings.map((s) => s.fiscalYear)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const current = data.programmeSettings.at(-1)!;
    expect(current).toMatchObject({ successFeeAmount: 150_000, programmeCost: 26_319_000 });
    const settings = new Map(data.programmeSettings.map((s) => [s.fiscalYear, s]));
    const trials = byId(data.trialPlacements);
    for (const f of data.successFees) expect(f.amount).toBe(settings.get(fiscalYearOf(trials.get(f.placementId)!.hiredOn))!.successFeeAmount);
  });

  it('puts companies and trials in the charge of the demo users as the server creates them', () => {
    const inCharge = new Set([...data.companies, ...data.trialPlacements].map((r) => r.coordinatorUserId));
    expect([...inCharge].sort()).toEqual(['', DEMO_ADMIN_USER_ID, DEMO_COORDINATOR_USER_ID].sort());
    expect(DEMO_COORDINATOR_USER_ID).toBe(demoUserId('coordinator'));
  });

  it('varies what check-ins, retention checks and visits record', () => {
    expect(new Set(data.checkIns.map((c) => c.withWhom)).size).toBe(3);
    expect(new Set(data.checkIns.map((c) => c.progress)).size).toBe(3);
    for (const c of data.checkIns) expect(c.concerns === '').toBe(c.progress === 'good');
    const left = data.retentionChecks.filter((r) => r.outcome === 'left');
    for (const r of left) expect(r.leftReason).not.toBe('');
    expect(new Set(data.companyVisits.map((v) => v.purpose))).toEqual(new Set(['recruit', 'arrange', 'follow_up', 'other']));
    for (const v of data.companyVisits) expect(v.time).toMatch(/^(09|1[0-6]):(00|30)$/u);
    expect(data.companyVisits.filter((v) => v.peopleMet !== '').length).toBeGreaterThan(data.companyVisits.length / 2);
  });

  it('lays everything out around the now it is given', () => {
    const later = generateDemoData({ seed: 1, now: '2027-01-27' });
    expect(later.programmeSettings.at(-1)!.fiscalYear).toBe(2026);
    const running = later.trialPlacements.filter((t) => t.status === 'in_trial');
    expect(running.length).toBeGreaterThan(0);
    for (const t of running) expect(t.startDate <= '2027-01-27').toBe(true);
    expect(later.seekers.map((s) => s.id)).toEqual(data.seekers.map((s) => s.id));
  });
});

describe('demo data realism', () => {
  it('places most people in 旭川市 and writes addresses that start with their town', () => {
    const inAsahikawa = data.seekers.filter((s) => s.town === 'asahikawa').length;
    expect(inAsahikawa / data.seekers.length).toBeGreaterThan(0.6);
    expect(new Set(data.seekers.map((s) => s.town)).size).toBeGreaterThan(5);
    for (const r of [...data.seekers, ...data.companies])
      if (r.address) expect(r.address.startsWith(PLACES[r.town].name)).toBe(true);
  });

  it('writes phone numbers and postal codes as people in 上川 write them', () => {
    for (const r of [...data.seekers, ...data.companies]) {
      expect(r.phone).toMatch(/^(0166-\d{2}-\d{4}|01658-\d-\d{4}|0[789]0-\d{4}-\d{4})$/u);
      if (r.postalCode) expect(r.postalCode).toMatch(/^0[7][0189]-\d{4}$/u);
    }
  });

  it('writes names in kanji with katakana readings', () => {
    for (const s of [...data.seekers, ...data.students]) {
      expect(s.familyName).toMatch(/^[\p{Script=Han}々]+$/u);
      expect(s.familyNameKana).toMatch(/^[\u30A1-\u30FC]+$/u);
    }
  });
});

describe('the notesLength option', () => {
  it('keeps every seeker note within the bounds, as the sync benchmark needs', () => {
    const notes = generateDemoData({ seed: 4, seekers: 200, notesLength: [200, 800] }).seekers.map(
      (s) => s.notes.length,
    );
    expect(Math.min(...notes)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...notes)).toBeLessThanOrEqual(800);
    expect(new Set(notes).size).toBeGreaterThan(50);
  });

  it('gives notes of exactly the length asked for, ending on a full stop', () => {
    for (const length of [1, 2, 37, 500, 2000]) {
      const seekers = generateDemoData({ seed: 5, seekers: 20, notesLength: [length, length] }).seekers;
      for (const s of seekers) {
        expect(s.notes).toHaveLength(length);
        expect(s.notes.endsWith('。')).toBe(true);
      }
    }
  });

  it('gives empty notes when asked for none', () => {
    expect(generateDemoData({ seed: 6, seekers: 20, notesLength: [0, 0] }).seekers.every((s) => s.notes === '')).toBe(
      true,
    );
  });
});

describe('generateDemoData limits', () => {
  it('produces empty tables when asked for no records', () => {
    const empty = generateDemoData({ seekers: 0, companies: 0, schools: 0 });
    for (const entity of ENTITY_NAMES) expect(empty[entity], entity).toEqual([]);
  });

  it('produces students and classes but no internships or trials when there are no host companies', () => {
    const noHosts = generateDemoData({ seekers: 20, companies: 0 });
    expect(noHosts.trialPlacements).toEqual([]);
    expect(noHosts.internships).toEqual([]);
    expect(noHosts.students.length).toBeGreaterThan(0);
  });

  it('refuses more schools than it has names for', () => {
    expect(() => generateDemoData({ schools: MAX_SCHOOLS + 1, studentsPerSchool: 1 })).toThrow(RangeError);
    expect(generateDemoData({ schools: MAX_SCHOOLS, studentsPerSchool: 1 }).schools).toHaveLength(MAX_SCHOOLS);
  });
});

afterEach(() => {
  vi.useRealTimers();
});
