/**
 * The device's reads (and an attendance tap, a write) the bench times, on the app's own storage code, for the Node runner (fake-indexeddb)
 * and the Chromium page (device-page/) alike: no Node or browser API beyond IndexedDB and performance.now.
 * Each step runs interleaved with its floor (see Step.floor), after one untimed warm-up.
 */
import { previewImport, readStudentFile } from '../../src/features/student-import/import-preview';
import { DEMO_VOLUMES, generateDemoData, type DemoData } from '../../src/shared/demo-data';
import { DEMO_COORDINATOR_USER_ID } from '../../src/shared/demo/users';
import { ENTITY_NAMES } from '../../src/shared/entities';
import { toSearchKey } from '../../src/shared/kana';
import { readSessionAttendance } from '../../src/storage/attendance-queries';
import { setDataKey } from '../../src/storage/crypto/data-key';
import { cycleMark } from '../../src/storage/attendance-writes';
import { openFieldDb, type FieldDb } from '../../src/storage/db';
import { dayList } from '../../src/storage/day-list-queries';
import { companyCandidates, seekerSuggestions } from '../../src/storage/matching-queries';
import { counsellingRecordsOf, namesOf, trialsOf, visitsOf } from '../../src/storage/related-queries';
import { withSearchFields } from '../../src/storage/search-fields';
import { listSeekers } from '../../src/storage/seeker-queries';
import { searchSeekerRows } from '../../src/storage/seeker-search';
import { readTeacherHome } from '../../src/storage/teacher-queries';
import type { SeekerListRow } from '../../src/storage/seeker-rows';
import { readImportTarget } from '../../src/storage/student-import-queries';
import { computeGrantReport, prepareReport, type PreparedReport } from '../../src/domain/grant-report';
import { REPORT_TABLES, type ReportFilter } from '../../src/domain/grant-report-model';
import { fiscalYearOf } from '../../src/domain/fiscal-year';
import { forgetReportRecords, readReportData, REPORT_COPY } from '../../src/storage/report-input-cache';
import { readReportTables } from '../../src/storage/report-queries';
import { cp932StudentFile } from './cp932-student-file';

/**
 * Kana, half-width kana, kanji, and partial readings a coordinator types while looking for someone; a
 * name with variant kanji (高橋 also finds 髙橋), a reading few have exactly (so near readings are
 * added), and the start of a phone number (a `_phone` index look-up in listSeekers).
 */
export const PICKER_QUERIES = ['さとう', 'ｻﾄｳ', '佐藤', 'たかは', 'ざき', 'すずき', 'ﾀﾅｶ', '田中', 'やま', 'きむら', '高橋', 'いわざきみ', '0166-2'];

export type Step = {
  name: string;
  target: string;
  limitMs: number;
  /**
   * The floor: 'tables' reads the step's object stores whole with one raw getAll each (for a step that
   * reads whole tables); 'get' is one raw get of one record (one IndexedDB round trip, for a step that
   * looks records up by index); 'scan' filters the list rows already in memory with a plain substring test;
   * 'decode' reads the step's file through the browser's TextDecoder alone (for a step that reads a file);
   * 'entry' is one raw get of the named record, as stored (for a step served from one cached copy).
   */
  floor:
    | { kind: 'tables'; stores: readonly string[] }
    | { kind: 'get' }
    | { kind: 'scan' }
    | { kind: 'decode'; bytes: Uint8Array; encoding: string }
    | { kind: 'entry'; store: string; key: string };
  run: () => Promise<unknown>;
  /** Untimed, before each timed run (e.g. the writes a sync brings before the screen opens). */
  before?: () => Promise<unknown>;
  /** The statistic the target is about. */
  stat: 'median' | 'p95';
};

async function time(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

/** The floor: one raw getAll per store, in one read transaction, straight on IndexedDB. */
function rawGetAll(db: FieldDb, stores: readonly string[]): Promise<void> {
  const idb = db.backendDB();
  return new Promise((resolve, reject) => {
    const tx = idb.transaction([...stores], 'readonly');
    for (const s of stores) tx.objectStore(s).getAll();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

const SYNCED_SEEKERS = 200;
const SYNCED_TRIALS = 50;
let syncRound = 0;

/** What a sync page writes: stored seekers and trials again, each changed (the report's change log logs their ids). */
async function syncLikeWrites(db: FieldDb, data: DemoData): Promise<void> {
  const round = syncRound++;
  const pick = <T>(records: readonly T[], n: number) => Array.from({ length: n }, (_, i) => records[(round * n + i) % records.length]!);
  const seekers = await db.seekers.bulkGet(pick(data.seekers, SYNCED_SEEKERS).map((s) => s.id));
  const trials = await db.trialPlacements.bulkGet(pick(data.trialPlacements, SYNCED_TRIALS).map((t) => t.id));
  const at = new Date().toISOString();
  await db.transaction('rw', db.seekers, db.trialPlacements, async () => {
    await db.seekers.bulkPut(seekers.map((s) => ({ ...s!, updatedAt: at })));
    await db.trialPlacements.bulkPut(trials.map((t) => ({ ...t!, updatedAt: at })));
  });
}

/** Waits for the report's copy to be saved under the current token (cached-copy.ts saves it a second after a read). */
async function copySaved(db: FieldDb): Promise<void> {
  const current = async () => (await db.listCache.get(REPORT_COPY.written))?.token === (await db.listCache.get(REPORT_COPY.copy))?.token;
  while (!(await current())) await new Promise((resolve) => setTimeout(resolve, 100));
}

const counts = <K extends string>(keys: readonly K[]) => {
  const out = new Map<K, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
};
const most = <K extends string>(keys: readonly K[]) => [...counts(keys)].sort((a, b) => b[1] - a[1])[0]![0];

function deviceSteps(db: FieldDb, data: DemoData, today: string, rows: readonly SeekerListRow[]): Step[] {
  // The company and the seeker with the most trials: the heaviest pages.
  const companyId = most(data.trialPlacements.map((t) => t.companyId));
  const seekerId = most([
    ...data.trialPlacements.map((t) => t.seekerId),
    ...data.counsellingRecords.map((c) => c.seekerId),
  ]);
  // A seeker still looking for work, wanting more than one industry: suggestions to rank.
  const lookingForWork =
    data.seekers.find((s) => s.status === 'matching' && s.desiredIndustries.length > 1) ?? data.seekers[0]!;
  // The school with the most students imports its list again, 1,000 rows in CP932.
  const schoolId = most(data.students.map((s) => s.schoolId));
  const importFile = cp932StudentFile(
    data.students.filter((s) => s.schoolId === schoolId),
    1_000,
  );
  let keystroke = 0;
  const nextQuery = () => PICKER_QUERIES[keystroke++ % PICKER_QUERIES.length]!;
  // The demo teacher's class today (a class of 40 at this volume), its students tapped in turn.
  const school = data.schools[0]!;
  const todays = data.programmeSessions.find((s) => s.schoolId === school.id && s.date === today)!;
  const roster = data.programmeParticipants.filter((p) => p.programmeId === todays.programmeId).map((p) => p.studentId);
  let tap = 0;
  const nextPair = () => ({ sessionId: todays.id, studentId: roster[tap++ % roster.length]!, schoolId: school.id });
  // The grant report for this fiscal year; a filter change moves through months, towns and age groups in turn.
  const fiscalYear = fiscalYearOf(today);
  const year: ReportFilter = { fiscalYear, month: null, town: null, ageGroup: null };
  const filterChanges: ReportFilter[] = [
    { ...year, month: 5 },
    { ...year, town: 'asahikawa' },
    { ...year, ageGroup: 'senior' },
    { ...year, month: 10, town: 'biei', ageGroup: 'working_age' },
    { ...year, fiscalYear: fiscalYear - 1 },
  ];
  let change = 0;
  let prepared: PreparedReport | undefined;
  return [
    {
      name: 'grant report dashboard, cold open from the saved copy (readReportData: copy read, unsealed, parsed, prepareReport; computeGrantReport, one fiscal year)',
      target: '≤ 300 ms',
      limitMs: 300,
      stat: 'median',
      floor: { kind: 'entry', store: 'listCache', key: REPORT_COPY.copy },
      run: async () => {
        forgetReportRecords(); // nothing in memory, as at the app's start: the records come from the copy
        return computeGrantReport((await readReportData(db)).prepared, year, today);
      },
    },
    {
      name: `grant report dashboard, first open after a sync brought ${SYNCED_SEEKERS} seekers and ${SYNCED_TRIALS} trials (the copy patched from its change log)`,
      target: '≤ 500 ms',
      limitMs: 500,
      stat: 'median',
      floor: { kind: 'entry', store: 'listCache', key: REPORT_COPY.copy },
      before: async () => {
        await copySaved(db);
        await syncLikeWrites(db, data);
        forgetReportRecords();
      },
      run: async () => computeGrantReport((await readReportData(db)).prepared, year, today),
    },
    {
      name: 'grant report dashboard, the same open with the 14 tables read whole (as before the change log)',
      target: 'report',
      limitMs: 0,
      stat: 'median',
      floor: { kind: 'tables', stores: REPORT_TABLES },
      run: async () => computeGrantReport(prepareReport(await readReportTables(db)), year, today),
    },
    {
      name: 'grant report filter change (computeGrantReport on the records prepared once)',
      target: '≤ 100 ms',
      limitMs: 100,
      stat: 'median',
      floor: { kind: 'scan' },
      run: async () => {
        prepared ??= (await readReportData(db)).prepared; // on the untimed warm-up
        return computeGrantReport(prepared, filterChanges[change++ % filterChanges.length]!, today);
      },
    },
    {
      name: `attendance screen opens (readSessionAttendance, a class of ${roster.length})`,
      target: '≤ 150 ms',
      limitMs: 150,
      stat: 'median',
      floor: { kind: 'get' },
      run: () => readSessionAttendance(db, todays.id),
    },
    {
      name: 'attendance tap reflected (cycleMark: rules + record + outbox, then the screen read again)',
      target: '≤ 50 ms',
      limitMs: 50,
      stat: 'median',
      floor: { kind: 'get' },
      run: async () => {
        await cycleMark(db, nextPair());
        return readSessionAttendance(db, todays.id);
      },
    },
    {
      name: "teacher's home (readTeacherHome: this fiscal year's agenda of one school)",
      target: 'report',
      limitMs: 0,
      stat: 'median',
      floor: { kind: 'get' },
      run: () => readTeacherHome(db, school.id, today),
    },
    {
      name: 'day list (dayList: its reads + dueItems)',
      target: '≤ 200 ms',
      limitMs: 200,
      stat: 'median',
      floor: {
        kind: 'tables',
        stores: ['companies', 'trialPlacements', 'checkIns', 'retentionChecks', 'successFees'],
      },
      run: () => dayList(db, today, DEMO_COORDINATOR_USER_ID),
    },
    {
      name: `company page (${data.trialPlacements.filter((t) => t.companyId === companyId).length} trials)`,
      target: '≤ 200 ms',
      limitMs: 200,
      stat: 'median',
      floor: { kind: 'get' },
      run: async () => {
        const [company, visits, openings, trials] = await Promise.all([
          db.companies.get(companyId),
          visitsOf(db, companyId),
          db.openings.where('companyId').equals(companyId).toArray(),
          trialsOf(db, 'companyId', companyId),
        ]);
        const [names, fees] = await Promise.all([
          namesOf(
            db,
            'seekers',
            trials.map((t) => t.seekerId),
          ),
          db.successFees
            .where('placementId')
            .anyOf(trials.map((t) => t.id))
            .toArray(),
        ]);
        return { company, visits, openings, trials, names, fees };
      },
    },
    {
      name: `seeker page (${data.trialPlacements.filter((t) => t.seekerId === seekerId).length} trials, ${data.counsellingRecords.filter((c) => c.seekerId === seekerId).length} counselling records)`,
      target: '≤ 200 ms',
      limitMs: 200,
      stat: 'median',
      floor: { kind: 'get' },
      run: async () => {
        const [seeker, counselling, trials, consents, provisions] = await Promise.all([
          db.seekers.get(seekerId),
          counsellingRecordsOf(db, seekerId),
          trialsOf(db, 'seekerId', seekerId),
          db.consents.where('seekerId').equals(seekerId).toArray(),
          db.provisions.where('seekerId').equals(seekerId).toArray(),
        ]);
        const ids = trials.map((t) => t.id);
        const [names, checkIns, retention] = await Promise.all([
          namesOf(
            db,
            'companies',
            trials.map((t) => t.companyId),
          ),
          db.checkIns.where('placementId').anyOf(ids).toArray(),
          db.retentionChecks.where('placementId').anyOf(ids).toArray(),
        ]);
        return { seeker, counselling, trials, consents, provisions, names, checkIns, retention };
      },
    },
    {
      name: 'match suggestions for one seeker (seekerSuggestions)',
      target: '≤ 100 ms',
      limitMs: 100,
      stat: 'median',
      floor: { kind: 'get' },
      // The index kept from the page before (nothing written since): seeker after seeker.
      run: () => seekerSuggestions(db, lookingForWork, today),
    },
    {
      name: 'match suggestions, first seeker page after a write (index built again; includes that one company put)',
      target: 'report',
      limitMs: 0,
      stat: 'median',
      floor: { kind: 'get' },
      run: async () => {
        await db.companies.put(await db.companies.get(companyId) as never);
        return seekerSuggestions(db, lookingForWork, today);
      },
    },
    {
      name: 'match candidates for the company (companyCandidates)',
      target: '≤ 200 ms (company page)',
      limitMs: 200,
      stat: 'median',
      floor: { kind: 'get' },
      run: () => companyCandidates(db, companyId, today),
    },
    {
      name: 'seeker picker keystroke: listSeekers (reads the cached list each time)',
      target: '≤ 50 ms p95',
      limitMs: 50,
      stat: 'p95',
      floor: { kind: 'scan' },
      run: () => listSeekers(db, { text: nextQuery(), today }),
    },
    {
      name: 'seeker picker keystroke: rows read once, searchSeekerRows per keystroke',
      target: '≤ 50 ms p95',
      limitMs: 50,
      stat: 'p95',
      floor: { kind: 'scan' },
      run: () => Promise.resolve(searchSeekerRows(rows, { text: nextQuery(), today })),
    },
    {
      name: `student import preview (1,000-row CP932 file: decode, parse, columns, every row checked, against the school's ${data.students.filter((s) => s.schoolId === schoolId).length} students)`,
      target: '≤ 1 s',
      limitMs: 1_000,
      stat: 'median',
      floor: { kind: 'decode', bytes: importFile, encoding: 'shift_jis' },
      run: async () => {
        const target = await readImportTarget(db, schoolId);
        const file = readStudentFile(importFile, 'auto');
        return previewImport(file.records, file.suggested, { schoolId, registered: target?.registered ?? [] });
      },
    },
  ];
}

/** One raw get of one record: a single IndexedDB round trip. */
function rawGet(db: FieldDb, store: string, key: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction(store, 'readonly').objectStore(store).get(key);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** What a run returns (plain data, so it crosses from the page to Node). */
export type StepResult = Pick<Step, 'name' | 'target' | 'limitMs' | 'stat'> & {
  floorKind: Step['floor']['kind'];
  runs: number[];
  floors: number[];
};
export type DeviceRun = {
  today: string;
  volumes: Record<string, number>;
  generatedMs: number;
  storedMs: number;
  results: StepResult[];
};

async function store(db: FieldDb, data: DemoData): Promise<void> {
  for (const entity of ENTITY_NAMES) {
    const records = data[entity].map((r) => withSearchFields(entity, r as never));
    // One transaction per entity; seekers go through the app's middleware (list rows, cache token).
    await db.transaction('rw', db.table(entity), db.seekerRows, db.listCache, async () => {
      await db.table(entity).bulkPut(records);
    });
  }
}

/** Generates the programme-volume demo around `today`, stores it in a fresh database, and times every step. */
export async function runDeviceReads(today: string, reps: number, dbName: string): Promise<DeviceRun> {
  // Records are encrypted at rest: the run holds a data key like an unlocked app, and pays for sealing and unsealing.
  setDataKey(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
  const t0 = performance.now();
  const data = generateDemoData({ seed: 1, now: today, ...DEMO_VOLUMES.programme });
  const generatedMs = performance.now() - t0;
  const db = openFieldDb(dbName);
  const t1 = performance.now();
  await store(db, data);
  const storedMs = performance.now() - t1;
  const rows: SeekerListRow[] = await listSeekers(db, { today });
  const someSeeker = data.seekers[data.seekers.length >> 1]!.id;
  const results: StepResult[] = [];
  for (const step of deviceSteps(db, data, today, rows)) {
    await step.run(); // warm-up: the seeker list's and the report's cached copies are built on the first read, as the app's first open does
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // … and saved a second later
    const runs: number[] = [];
    const floors: number[] = [];
    const f = step.floor;
    for (let i = 0; i < (step.stat === 'p95' ? reps * PICKER_QUERIES.length : reps); i++) {
      const key = toSearchKey(PICKER_QUERIES[i % PICKER_QUERIES.length]!);
      const floor =
        f.kind === 'tables'
          ? () => rawGetAll(db, f.stores)
          : f.kind === 'get'
            ? () => rawGet(db, 'seekers', someSeeker)
            : f.kind === 'entry'
              ? () => rawGet(db, f.store, f.key)
              : f.kind === 'decode'
                ? () => Promise.resolve(new TextDecoder(f.encoding).decode(f.bytes))
                : () => Promise.resolve(rows.filter((r) => r.text.includes(key)));
      // Alternate the order, so neither always runs on a warmer heap.
      await step.before?.();
      if (i % 2 === 0) floors.push(await time(floor));
      runs.push(await time(step.run));
      if (i % 2 === 1) floors.push(await time(floor));
    }
    results.push({
      name: step.name,
      target: step.target,
      limitMs: step.limitMs,
      stat: step.stat,
      floorKind: f.kind,
      runs,
      floors,
    });
  }
  await db.delete();
  const volumes = Object.fromEntries(ENTITY_NAMES.map((e) => [e, data[e].length]));
  return { today, volumes, generatedMs, storedMs, results };
}
