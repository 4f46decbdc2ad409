import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSeeker } from '../../tests/factories/people';
import { openFieldDb, type FieldDb } from './db';
import { withSearchFields } from './search-fields';

describe('the device database schema', () => {
  const opened: Dexie[] = [];
  afterEach(() => opened.splice(0).forEach((db) => db.close()));
  const open = (name: string): FieldDb => {
    const db = openFieldDb(name);
    opened.push(db);
    return db;
  };

  it('indexes seekers only by what the screens query', async () => {
    const db = open(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.seekers.schema.indexes.map((i) => i.name).sort()).toEqual(['_phone', '_reading', 'town']);
  });

  it('keeps the seekers of a version 2 database and their remaining indexes on upgrade', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    // The seekers store as version 1 and 2 shipped it.
    const old = new Dexie(name);
    old.version(2).stores({ seekers: 'id, _reading, town, birthDate, status, _phone, updatedAt' });
    const seeker = withSearchFields('seekers', buildSeeker({ town: 'higashikawa' }));
    await old.table('seekers').put(seeker);
    old.close();

    const db = open(name);
    expect(await db.seekers.where('town').equals('higashikawa').primaryKeys()).toEqual([seeker.id]);
    expect(await db.seekers.where('_reading').equals(seeker._reading ?? '').count()).toBe(1);
  });
});
