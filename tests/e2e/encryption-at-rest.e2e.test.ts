/**
 * A copied profile of a signed-in, locked tablet yields no personal data: sign in and sync on a
 * persistent Chromium profile, close the browser (the data key lived in its memory only: the device
 * is locked), then read the profile's IndexedDB files (LevelDB .log / .ldb and the blob files) and find
 * none of a seeker's name, phone or note, while a clear id shows the scan reads the data at all.
 * Then the browser starts again on the profile, the passcode unlocks it, and search works as before.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTabletProfile } from './support/browser';
import { demoUser } from './support/demo-auth';
import { signIn, unlockAfterOfflineLoad } from './support/sign-in';
import { startSyncServer, type SyncServer } from './support/sync-server';

/** Every file under the profile's IndexedDB folders, as bytes. */
function indexedDbFiles(dir: string, inside = false): Buffer[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const within = inside || name === 'IndexedDB';
    if (statSync(full).isDirectory()) return indexedDbFiles(full, within);
    return within ? [readFileSync(full)] : [];
  });
}

/** Chromium stores a string as Latin-1 when it can, else as UTF-16LE: look for both. */
const holds = (files: readonly Buffer[], text: string) =>
  files.some((f) => f.includes(Buffer.from(text, 'utf16le')) || ([...text].every((c) => c.charCodeAt(0) <= 0xff) && f.includes(Buffer.from(text, 'latin1'))));

describe('encryption at rest on a tablet', () => {
  let server: SyncServer;
  let profile: string;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startSyncServer({ demo: { seekers: 30, companies: 10 } });
    profile = mkdtempSync(path.join(tmpdir(), 'field-e2e-enc-'));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const open = async (): Promise<Page> => {
    context = await launchTabletProfile(profile, { hasTouch: false });
    return context.pages()[0] ?? (await context.newPage());
  };

  it('leaves no name, phone or note of a seeker readable in the locked profile', async () => {
    const page = await open();
    await page.goto(`${server.url}/seekers`);
    await signIn(page, 'coordinator');
    await page.getByText('30件').waitFor();
    await page.getByTestId('sync-status').getByText(/に同期済み/).waitFor();
    await context!.close();
    context = undefined;

    const files = indexedDbFiles(profile);
    const seeker = server.data.seekers.find((s) => s.notes.length >= 20)!;
    // Controls, kept clear by design: an id (Latin-1) and the signed-in staff member's name in the session (UTF-16).
    expect(holds(files, seeker.id), 'a clear id: the scan reads the stored records').toBe(true);
    expect(holds(files, demoUser('coordinator').displayName), 'the session in meta: the scan reads two-byte strings').toBe(true);
    const secrets = { familyName: seeker.familyName + seeker.givenName, kana: seeker.familyNameKana + seeker.givenNameKana, phone: seeker.phone, note: seeker.notes.slice(0, 20) };
    for (const [field, text] of Object.entries(secrets)) expect(holds(files, text), field).toBe(false);
  });

  it('unlocks with the passcode and searches as before', async () => {
    const page = await open();
    await page.goto(`${server.url}/seekers`);
    await unlockAfterOfflineLoad(page);
    await page.getByText('30件').waitFor();
    const seeker = server.data.seekers[0]!;
    const search = page.getByRole('searchbox').or(page.getByLabel('氏名・フリガナ・電話番号で検索')).first();
    await search.fill(seeker.familyNameKana + seeker.givenNameKana);
    await page.getByRole('link', { name: new RegExp(seeker.familyName) }).first().waitFor();
    await search.fill(seeker.phone);
    await page.getByRole('link', { name: new RegExp(seeker.familyName) }).first().waitFor();
  });
});
