/** The programme screens' writes that go together (storage/programme-writes.ts), as mutations a screen can watch. */
import { useMutation } from '@tanstack/react-query';
import type { EntityFields } from '../../../lib/record-hooks';
import { addParticipants, saveSession } from '../../../storage/programme-writes';

export function useAddParticipants() {
  return useMutation({
    mutationKey: ['programmeParticipants', 'add'],
    mutationFn: ({ programme, studentIds }: { programme: { id: string; schoolId: string }; studentIds: readonly string[] }) => addParticipants(programme, studentIds),
  });
}

/** `chosen` undefined: the session's internships are left as they are. */
export function useSaveSession() {
  return useMutation({
    mutationKey: ['programmeSessions', 'save'],
    mutationFn: ({ fields, id, chosen }: { fields: EntityFields<'programmeSessions'>; id: string | undefined; chosen: readonly string[] | undefined }) => saveSession(fields, id, chosen),
  });
}
