/**
 * The push validates a record's untouched fields again only when this process did not write it
 * (sync-server/src/services/conforming-records.ts): a record stored by anyone else, or under an older
 * schema, is parsed whole on its next edit (which normalises it); one the process wrote from a
 * validated merge has only its patched fields parsed, with the same answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_SCHEMAS } from '../../../src/shared/entities';
import { unrestrictedAccess } from '../../../sync-server/src/services/access-policy';
import { createSyncService, type SyncService } from '../../../sync-server/src/services/sync-service';
import type { SqlStore } from '../../../sync-server/src/store/sql-store';
import { buildMutation, buildPush, buildSchoolFields, CLIENT_TIME } from '../../factories/sync-factories';
import { TEST_STORE_KINDS } from '../../setup/server-stores';

const ACCESS = unrestrictedAccess('user-1');
const NOW = '2026-06-01T00:00:00.000Z';

describe.each(TEST_STORE_KINDS)('validation of pushed edits on $name', (kind) => {
  let store: SqlStore;
  let service: SyncService;
  beforeEach(async () => {
    store = (await kind.create()).store;
    service = createSyncService({ store, clock: () => new Date(NOW) });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await store.close();
  });

  const push = (...ms: ReturnType<typeof buildMutation>[]) => service.push(buildPush(ms), ACCESS);
  const edit = (id: string, baseVersion: number, patch: Record<string, unknown>) => buildMutation({ recordId: id, baseVersion, patch });
  const storedRecord = async (id: string) => (await store.write(() => NOW, (tx) => tx.records([{ entity: 'schools', id }]))).get(`schools/${id}`)?.record;

  /** Another writer (an older server, a tool) stores the school as it is, unparsed: kana in hiragana. */
  async function writeUnparsed(id: string, version: number) {
    const record = { ...buildSchoolFields({ nameKana: 'あさひかわひがし' }), id, createdAt: CLIENT_TIME, updatedAt: NOW, version, deleted: false };
    await store.write(
      () => NOW,
      async (tx) => tx.putRecords([{ entity: 'schools', id, record, fieldVersions: {}, fieldWriters: {}, serverSeq: tx.nextSeq(), scopeSchoolId: id, updatedAt: NOW }]),
    );
  }

  it('parses a record it did not write whole on its next edit, which normalises it', async () => {
    const id = crypto.randomUUID();
    await writeUnparsed(id, 1);
    const answer = await push(edit(id, 1, { teacherInCharge: '高橋' }));
    expect(answer.applied).toHaveLength(1);
    expect(await storedRecord(id)).toMatchObject({ nameKana: 'アサヒカワヒガシ', teacherInCharge: '高橋', version: 2 });
  });

  it('parses only the patched fields of a record it wrote itself, until another writer moves it', async () => {
    const create = buildMutation();
    const id = create.recordId;
    await push(create);
    const fullParse = vi.spyOn(ENTITY_SCHEMAS.schools, 'safeParse');
    await push(edit(id, 1, { teacherInCharge: '高橋', nameKana: 'あさひかわにし' }));
    expect(fullParse).not.toHaveBeenCalled();
    // The patched field is still normalised by its own parser.
    expect(await storedRecord(id)).toMatchObject({ name: '旭川東高校', nameKana: 'アサヒカワニシ', teacherInCharge: '高橋', version: 2 });

    await writeUnparsed(id, 3);
    await push(edit(id, 3, { teacherInCharge: '鈴木' }));
    expect(fullParse).toHaveBeenCalled();
    expect(await storedRecord(id)).toMatchObject({ nameKana: 'アサヒカワヒガシ', teacherInCharge: '鈴木', version: 4 });
  });

  it('refuses a bad edit of a record it wrote itself with the same reason and details as ever', async () => {
    const create = buildMutation();
    await push(create);
    const answer = await push(edit(create.recordId, 1, { name: '', phone: 'abc' }));
    expect(answer.rejected).toEqual([{ mutationId: expect.any(String), reason: 'validation', details: { name: 'required', phone: expect.any(String) } }]);
    expect(await storedRecord(create.recordId)).toMatchObject({ name: '旭川東高校', version: 1 });
  });
});
