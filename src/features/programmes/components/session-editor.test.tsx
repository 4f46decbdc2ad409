/**
 * The session editor against the real device write (writeTogether, the domain rules) on
 * fake-indexeddb: the title follows the kind, the host's capacity speaks before the save, and a save
 * over it stores neither the session nor any internship. Records are seeded and read through a second
 * connection to the app's database.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCompany, buildInternship, buildInternshipProgramme, buildSchool, buildStudent } from '../../../../tests/factories';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { openFieldDb, type FieldDb } from '../../../storage/db';
import { addParticipantsTo } from '../../../storage/programme-writes';
import { bulkLoad } from '../../../storage/record-repo';
import { SessionEditorScreen } from './session-editor-screen';

let store: FieldDb;
beforeAll(async () => {
  store = openFieldDb();
  await store.open();
});

const SCREEN_TIMEOUT = { timeout: 20_000 };
const fill = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe('the session editor', SCREEN_TIMEOUT, () => {
  it('says the host is full before saving, and a save over its capacity stores nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const school = buildSchool();
    const programme = buildInternshipProgramme({ schoolId: school.id });
    const students = ['一', '二'].map((n) => buildStudent({ schoolId: school.id, kind: 'high_school', grade: 2, className: '2年1組', familyName: `試験${n}`, givenName: '生徒' }));
    const host = buildCompany({ name: '当麻ファーム', nameKana: 'トウマファーム', status: 'host_registered', capacity: 2 });
    await bulkLoad(store, 'schools', [school]);
    await bulkLoad(store, 'students', students);
    await bulkLoad(store, 'internshipProgrammes', [programme]);
    await bulkLoad(store, 'companies', [host]);
    // Another school's student already holds one of the host's two places that day.
    await bulkLoad(store, 'internships', [buildInternship({ companyId: host.id, startDate: '2026-07-10', endDate: '2026-07-10', status: 'planned' })]);
    await addParticipantsTo(store, programme, students.map((s) => s.id));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <I18nProvider>
          <MemoryRouter initialEntries={[`/programmes/${programme.id}/sessions/new`]}>
            <Routes>
              <Route path="/programmes/:programmeId/sessions/new" element={<SessionEditorScreen />} />
              <Route path="/sessions/:id" element={<p>session page</p>} />
            </Routes>
          </MemoryRouter>
        </I18nProvider>
      </QueryClientProvider>,
    );

    const title = (await screen.findByLabelText(/^名称/)) as HTMLInputElement;
    expect(title.value).toBe('事前学習');
    await user.click(screen.getByRole('radio', { name: 'インターンシップ' }));
    expect(title.value).toBe('インターンシップ（職場体験）');
    fill(screen.getByLabelText(/^日付/), '2026-07-10');
    fill(screen.getByRole('searchbox', { name: /^受入企業/ }), 'とうま');
    await user.click(await screen.findByRole('button', { name: /当麻ファーム/ }));
    expect(await screen.findByText('受入人数 2名 ・ この日ほかの受入 1名 ・ 残り 1名')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /試験一 生徒/ }));
    await user.click(screen.getByRole('checkbox', { name: /試験二 生徒/ }));
    expect(screen.getByRole('alert').textContent).toBe('この企業の受入人数（2人）を超えます');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getAllByText('この企業の受入人数（2人）を超えます')).toHaveLength(2));
    expect(await store.programmeSessions.where('programmeId').equals(programme.id).count()).toBe(0);
    expect(await store.internships.where('companyId').equals(host.id).count()).toBe(1);

    await user.click(screen.getByRole('checkbox', { name: /試験二 生徒/ }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('session page')).toBeTruthy();
    const going = await store.internships.where('programmeId').equals(programme.id).toArray();
    expect(going.map((i) => [i.studentId, i.startDate, i.status])).toEqual([[students[0]!.id, '2026-07-10', 'planned']]);
  });
});
