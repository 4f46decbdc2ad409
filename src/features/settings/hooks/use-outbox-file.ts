/**
 * Export and import of unsent changes for the settings screen. The file work is in
 * storage/outbox-export.ts; this hook adds the browser parts (download, file reading).
 */
import { useMutation } from '@tanstack/react-query';
import { exportUnsentChanges, importUnsentChanges } from '../../../storage/outbox-file';

function download(fileName: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useExportOutbox() {
  return useMutation({
    mutationKey: ['outbox', 'export'],
    mutationFn: async () => {
      const file = await exportUnsentChanges();
      download(file.fileName, file.json);
      return file;
    },
  });
}

export function useImportOutbox() {
  return useMutation({
    mutationKey: ['outbox', 'import'],
    mutationFn: async (file: File) => importUnsentChanges(await file.text()),
  });
}
