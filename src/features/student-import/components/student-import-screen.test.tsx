import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSchool, buildStudent } from '../../../../tests/factories';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { DB_NAME, openFieldDb } from '../../../storage/db';
import { bulkLoad } from '../../../storage/record-repo';
import { StudentImportScreen } from './student-import-screen';

const session = vi.hoisted(() => ({ current: { status: 'signed-in', ready: true, user: undefined as unknown } }));
vi.mock('../../../auth/use-session', () => ({ useSession: () => session.current }));

// The app's database: the screen reads it through its live query and writes through the device's write path.
const db = openFieldDb(DB_NAME);
const school = buildSchool({ name: '旭川東高等学校' });
const cp932 = readFileSync(path.join(process.cwd(), 'tests/fixtures/students/cp932.csv'));

const signedInAs = (role: string, schoolId: string | null) => {
  session.current = { status: 'signed-in', ready: true, user: { userId: '0b7f3c2e-1111-4111-8111-000000000009', loginId: role, displayName: role, role, schoolId } };
};

function renderFor(schoolId: string) {
  const client = new QueryClient({ defaultOptions: { mutations: { networkMode: 'always' } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/schools/${schoolId}/import`]}>
        <I18nProvider>
          <Routes>
            <Route path="/schools/:id/import" element={<StudentImportScreen />} />
          </Routes>
        </I18nProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const chooseFile = async (bytes: Uint8Array, name: string) =>
  fireEvent.change(await screen.findByLabelText('CSVファイル'), { target: { files: [new File([new Uint8Array(bytes)], name, { type: 'text/csv' })] } });

beforeEach(async () => {
  await Promise.all(['schools', 'students', 'outbox', 'meta'].map((t) => db.table(t).clear()));
  await bulkLoad(db, 'schools', [school]);
  signedInAs('coordinator', null);
});

describe('the student import screen', () => {
  it('shows every row of the CP932 file and writes nothing until 「4名を登録」, then the four students in one go', async () => {
    renderFor(school.id);
    await chooseFile(cp932, 'meibo.csv');
    await screen.findByText('8行のうち、登録できるのは4名、取り込まない行は4行です。');
    expect(await db.students.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: '4名を登録' }));
    await screen.findByRole('heading', { name: '4名を登録しました' });
    const stored = await db.students.toArray();
    expect(stored.map((s) => `${s.familyName} ${s.givenName}`).sort()).toEqual(['伊藤 翔', '佐藤 健太', '山﨑 花子', '髙橋 一郎'].sort());
    expect(stored.every((s) => s.schoolId === school.id)).toBe(true);
    expect(await db.outbox.count()).toBe(4);
  });

  it('skips the students the school already has', async () => {
    await bulkLoad(db, 'students', [buildStudent({ schoolId: school.id, kind: 'high_school', familyName: '髙橋', givenName: '一郎', familyNameKana: 'タカハシ', givenNameKana: 'イチロウ', grade: 2, className: '2年1組', number: 1 })]);
    renderFor(school.id);
    await chooseFile(cp932, 'meibo.csv');
    await screen.findByText('8行のうち、登録できるのは3名、取り込まない行は5行です。');
    expect(screen.getByText('この学校に登録済みです（組・番号、または氏名・フリガナが同じ）')).toBeTruthy();
  });

  it('lets a teacher import for their own school only', async () => {
    const other = buildSchool();
    await bulkLoad(db, 'schools', [other]);
    signedInAs('teacher', school.id);
    renderFor(other.id);
    await screen.findByText('ほかの学校の生徒は取り込めません。');
    expect(screen.queryByLabelText('CSVファイル')).toBeNull();
  });

  it('says when the school is not on this device', async () => {
    renderFor(crypto.randomUUID());
    await screen.findByText('この学校はこの端末にありません。同期してからもう一度開いてください。');
  });
});
