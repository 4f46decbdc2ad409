import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCompany } from '../../tests/factories';
import { listCompanies } from './company-queries';
import { openFieldDb, type FieldDb } from './db';
import { bulkLoad } from './record-repo';

describe('company search', () => {
  let db: FieldDb;
  beforeEach(async () => {
    db = openFieldDb(`test-${crypto.randomUUID()}`);
    await bulkLoad(db, 'companies', [
      buildCompany({ name: '髙島屋商店', nameKana: 'タカシマヤショウテン', phone: '0166-23-4567', town: 'asahikawa' }),
      buildCompany({ name: 'ばんば工業', nameKana: 'バンバコウギョウ', phone: '0166-92-1111', town: 'biei' }),
      buildCompany({ name: '旭川運輸', nameKana: 'アサヒカワウンユ', phone: '090-1234-5678', town: 'asahikawa' }),
    ]);
  });
  afterEach(async () => {
    await db.delete();
  });

  const found = async (text: string) => (await listCompanies(db, { text })).map((c) => `${c.name}${c.near ? '~' : ''}`);

  it('finds a company by its phone number, hyphens and full-width digits ignored', async () => {
    expect(await found('０１６６２３４５６７')).toEqual(['髙島屋商店']);
    expect(await found('0166')).toEqual(['髙島屋商店', 'ばんば工業']);
    expect(await found('01')).toEqual([]);
  });

  it('finds a name written with a variant kanji by its common form', async () => {
    expect(await found('高島屋')).toEqual(['髙島屋商店']);
    expect(await found('高嶋屋')).toEqual(['髙島屋商店']);
  });

  it('finds a reading with the voiced marks folded, marked near', async () => {
    expect(await found('はんは')).toEqual(['ばんば工業~']);
    expect(await found('ばんば')).toEqual(['ばんば工業']);
  });
});
