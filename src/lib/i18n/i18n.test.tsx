import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { I18nProvider, errorKey, useI18n } from './i18n';
import { domainJa } from './domain-ja';
import { ja } from './ja';
import { trialJa } from './trial-ja';

function Probe() {
  const { t, setLang } = useI18n();
  return (
    <>
      <p>{t('nav.seekers')}</p>
      <button onClick={() => setLang('en')}>switch</button>
    </>
  );
}

describe('i18n', () => {
  afterEach(() => localStorage.clear());

  it('has the same keys in both dictionaries', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys({ ...ja, ...domainJa, ...trialJa }).sort());
  });

  it('speaks Japanese by default', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('求職者')).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('旭川圏トライアルワーク');
  });

  it('loads English when chosen and remembers the choice', async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    await act(async () => screen.getByText('switch').click());
    expect(await screen.findByText('Seekers')).toBeTruthy();
    expect(localStorage.getItem('field.lang')).toBe('en');
    expect(document.title).toBe('Asahikawa Trial Work');
  });

  it('starts in English for a device that chose it', async () => {
    localStorage.setItem('field.lang', 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(await screen.findByText('Seekers')).toBeTruthy();
  });

  it('maps unknown validation messages to a generic key', () => {
    expect(errorKey('phone')).toBe('errors.phone');
    expect(errorKey('no_such_message')).toBe('errors.unknown');
  });
});
