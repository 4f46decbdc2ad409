import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDemoData } from '../../shared/demo-data';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from '../../shared/entities';
import type { PlainRecord } from './record-values';
import { validateRecord } from './validate-record';

const demo = generateDemoData({ seekers: 40, companies: 20, openings: 20, schools: 2, studentsPerSchool: 10, trialPlacements: 20 });
const NOW = '2026-06-02T00:00:00.000Z';

/** A stored record as the server keeps it: the schema's output. */
const stored = (entity: EntityName, record: unknown) => ENTITY_SCHEMAS[entity].parse(record) as PlainRecord;

/** What the merge hands validateRecord: the stored record, the patch on top, the server's meta. */
const candidateOf = (base: PlainRecord, patch: PlainRecord) => ({ ...base, ...patch, updatedAt: NOW, version: Number(base['version']) + 1, deleted: false });

/** Valid and invalid values for a field, from other records of the entity and from nowhere. */
function patchesFor(entity: EntityName, field: string, others: readonly PlainRecord[]): PlainRecord[] {
  const fromOthers = others.map((o) => o[field]).filter((v) => v !== undefined);
  const broken = [null, 42, '', ' ', 'x'.repeat(5000), ['?'], { a: 1 }, '2026-13-45', 'ｻﾄｳ ﾀﾛｳ', '０９０-１２３４-５６７８'];
  return [...new Set([...fromOthers.slice(0, 4), ...broken])].map((value) => ({ [field]: value }));
}

describe('validateRecord on a record known to conform', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(ENTITY_NAMES.filter((e) => demo[e].length > 1))('gives exactly the full parse’s answer for %s, field by field, valid or not', (entity) => {
    const records = demo[entity].slice(0, 6).map((r) => stored(entity, r));
    const fields = Object.keys(ENTITY_SCHEMAS[entity].shape).filter((f) => !['id', 'createdAt', 'updatedAt', 'version', 'deleted'].includes(f));
    let checked = 0;
    for (const base of records.slice(0, 3)) {
      for (const field of fields) {
        for (const patch of patchesFor(entity, field, records)) {
          const candidate = candidateOf(base, patch);
          const quick = validateRecord(entity, candidate, Object.keys(patch), base);
          const full = validateRecord(entity, candidate, Object.keys(patch));
          expect(quick).toEqual(full);
          // Same keys in the same order: the stored JSON does not change with the path taken.
          if (quick.ok && full.ok) expect(JSON.stringify(quick.record)).toBe(JSON.stringify(full.record));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('runs the cross-field check on the merged record (an end before its start is refused with the same details)', () => {
    const placement = stored('trialPlacements', demo.trialPlacements.find((p) => p.startDate && p.endDate)!);
    const patch = { endDate: '2000-01-01' };
    const quick = validateRecord('trialPlacements', candidateOf(placement, patch), ['endDate'], placement);
    expect(quick).toMatchObject({ ok: false, reason: 'validation', details: { endDate: 'end_before_start' } });
    expect(quick).toEqual(validateRecord('trialPlacements', candidateOf(placement, patch), ['endDate']));
  });

  it('parses only the patched fields when the edit is valid (no full parse of the record)', () => {
    const seeker = stored('seekers', demo.seekers[0]);
    const full = vi.spyOn(ENTITY_SCHEMAS.seekers, 'safeParse');
    const result = validateRecord('seekers', candidateOf(seeker, { notes: '面談済み', status: 'matching' }), ['notes', 'status'], seeker);
    expect(result).toMatchObject({ ok: true, record: { notes: '面談済み', status: 'matching', familyName: seeker['familyName'] } });
    expect(full).not.toHaveBeenCalled();
  });

  it('parses a stored record not known to conform whole, which normalises what an older schema left', () => {
    const { gender: _dropped, ...old } = stored('seekers', demo.seekers[0]);
    const result = validateRecord('seekers', candidateOf(old, { notes: 'x' }), ['notes']);
    expect(result).toMatchObject({ ok: true, record: { gender: 'unanswered', notes: 'x' } });
  });

  it('holds what the quick path relies on: parsing a parsed record gives it back unchanged', () => {
    for (const entity of ENTITY_NAMES) {
      for (const record of demo[entity].slice(0, 20)) {
        const once = stored(entity, record);
        expect(JSON.stringify(stored(entity, once))).toBe(JSON.stringify(once));
      }
    }
  });
});
