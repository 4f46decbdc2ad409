import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories/people';
import { openFieldDb, type FieldDb } from './db';
import { withSearchFields } from './search-fields';
import { seekerRowOf } from './seeker-rows';

describe('the device database schema', () => {
  const opened: Dexie[] = [];
  afterEach(() => opened.splice(0).forEach((db) => db.close()));
  const open = (name: string): FieldDb => {
    const db = openFieldDb(name);
    opened.push(db);
    return db;
  };

  it('indexes seekers, their list rows and students by nothing personal', async () => {
    const db = open(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.seekers.schema.indexes.map((i) => i.name)).toEqual([]);
    expect(db.seekerRows.schema.indexes.map((i) => i.name)).toEqual([]);
    expect(db.students.schema.indexes.map((i) => i.name)).toEqual(['schoolId']);
  });

  it('keeps the seekers of a version 2 database and their remaining indexes on upgrade', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    // The seekers store as version 1 and 2 shipped it (clear: the encryption migration seals it at the first unlock).
    const old = new Dexie(name);
    old.version(2).stores({ seekers: 'id, _reading, town, birthDate, status, _phone, updatedAt' });
    const seeker = withSearchFields('seekers', buildSeeker({ town: 'higashikawa' }));
    await old.table('seekers').put(seeker);
    old.close();

    const db = open(name);
    expect(await db.seekers.get(seeker.id)).toMatchObject({ id: seeker.id, familyName: seeker.familyName });
    // Version 4 gave the seekers list rows (the list filters by town in memory).
    expect(await db.seekerRows.get(seeker.id)).toEqual(seekerRowOf(seeker));
  });
});
