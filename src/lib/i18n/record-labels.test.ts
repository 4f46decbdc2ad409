import { describe, expect, it } from 'vitest';
import { ja } from './ja';
import { fieldLabel, reasonLabel } from './record-labels';

const t = ((key: keyof typeof ja) => ja[key]) as never;

describe('record labels', () => {
  it('names the fields of seekers and companies, and the reasons, in both languages wherever they are shown', () => {
    expect(fieldLabel(t, 'ja', 'seekers', 'notes')).toBe('メモ');
    expect(fieldLabel(t, 'en', 'seekers', 'phone')).toBe('Phone');
    expect(fieldLabel(t, 'ja', 'companies', 'contactPerson')).toBe('担当者名');
    expect(reasonLabel(t, 'ja', 'forbidden')).toBe('この記録を変更する権限がありません');
  });

  it("falls back to a field's own name when no label is known", () => {
    expect(fieldLabel(t, 'ja', 'seekers', 'newerField')).toBe('newerField');
    expect(reasonLabel(t, 'ja', 'something-new')).toBe('something-new');
  });
});
