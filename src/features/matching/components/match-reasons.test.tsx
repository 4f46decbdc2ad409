import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MatchReason } from '../../../domain/matching';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { MatchReasons } from './match-reasons';

const reasons: MatchReason[] = [
  { kind: 'industry', industry: 'care_welfare', points: 40 },
  { kind: 'commute', from: 'higashikagura', to: 'asahikawa', minutes: 20, points: 20 },
  { kind: 'places', open: 2, points: 10 },
  { kind: 'history', hired: 3, of: 4, points: 12 },
  { kind: 'consent', given: false, points: 0 },
];

const shown = () => within(screen.getByRole('list', { name: /理由|Why/ })).getAllByRole('listitem').map((li) => li.textContent);

describe('MatchReasons', () => {
  afterEach(() => localStorage.clear());

  it('says each reason the way a coordinator reads it', () => {
    render(<I18nProvider><MatchReasons reasons={reasons} /></I18nProvider>);
    expect(shown()).toEqual(['希望業種: 介護・福祉が一致', '通勤: 東神楽町→旭川市 約20分', '受入枠 2名空き', '同年代の採用実績 3/4件', '同意未取得']);
  });

  it('says a commute within one town as such, and a consent given', () => {
    render(<I18nProvider><MatchReasons reasons={[{ kind: 'commute', from: 'biei', to: 'biei', minutes: 10, points: 25 }, { kind: 'consent', given: true, points: 0 }]} /></I18nProvider>);
    expect(shown()).toEqual(['通勤: 美瑛町内 約10分', '同意あり']);
  });

  it('speaks English when switched', async () => {
    localStorage.setItem('field.lang', 'en');
    render(<I18nProvider><MatchReasons reasons={reasons.slice(1, 3)} /></I18nProvider>);
    await screen.findByRole('list', { name: 'Why' });
    expect(shown()).toEqual(['Commute: Higashikagura → Asahikawa about 20 min', '2 place(s) open']);
  });
});
