/**
 * 生徒をCSVから取り込む: a school's own student list, read on the device (no upload: it works offline).
 * File → encoding → columns → a preview of every row → 「N名を登録」. Nothing is written before that
 * button; then every valid row is written in one transaction (all or none) through the same checks
 * as the student form, and each travels to the server through the outbox like any other write.
 * Coordinators and admins import for any school; a teacher only for their own.
 */
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../auth/use-session';
import { PageHeader } from '../../../components/ui/page-header';
import { useSaveRecords } from '../../../lib/record-hooks';
import { saveErrorMessage } from '../../../lib/i18n/rule-message';
import { useImportTarget } from '../../../storage/hooks/use-import-target';
import { missingColumns, type ColumnMapping } from '../column-mapping';
import { decodeCsvBytes, type Encoding, type EncodingChoice } from '../decode-file';
import { previewImport, readStudentFile, type StudentFile } from '../import-preview';
import { problemWords } from '../problem-words';
import type { StudentRow } from '../student-row';
import { useImportMessages } from '../messages';
import { FileStep } from './file-step';
import { MappingStep } from './mapping-step';
import { PreviewList } from './preview-list';
import '../student-import.css';

type Picked = { name: string; bytes: Uint8Array; detected: Encoding };
type Done = { registered: number; refused: StudentRow[] };

export function StudentImportScreen() {
  const { id = '' } = useParams();
  const { t, tf } = useImportMessages();
  const { user } = useSession();
  const target = useImportTarget(id);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [failed, setFailed] = useState(false);
  const [choice, setChoice] = useState<EncodingChoice>('auto');
  // The person's own column choices, for the file as decoded when they made them.
  const [edited, setEdited] = useState<{ file: StudentFile; mapping: ColumnMapping } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const save = useSaveRecords();

  const file = useMemo(() => (picked ? readStudentFile(picked.bytes, choice) : null), [picked, choice]);
  const mapping = file && edited?.file === file ? edited.mapping : (file?.suggested ?? null);
  const ready = file !== null && mapping !== null && missingColumns(mapping).length === 0 && file.records.length > 0;
  const preview = useMemo(
    () => (ready && target ? previewImport(file.records, mapping, { schoolId: target.id, registered: target.registered }) : null),
    [ready, file, mapping, target],
  );

  const pick = async (chosen: File) => {
    save.reset();
    setDone(null);
    setEdited(null);
    setChoice('auto');
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      setPicked({ name: chosen.name, bytes, detected: decodeCsvBytes(bytes).encoding });
      setFailed(false);
    } catch {
      setPicked(null);
      setFailed(true);
    }
  };
  const confirm = () => {
    if (!preview) return;
    save.mutate(
      preview.valid.map((fields) => ({ entity: 'students' as const, fields })),
      { onSuccess: (saved) => setDone({ registered: saved.length, refused: preview.rows.filter((r) => !r.student) }) },
    );
  };

  const backLink = (
    <Link to={`/schools/${id}`} className="button button--secondary">
      {tf('backToSchool')}
    </Link>
  );
  if (target === undefined) return <p role="status">{t('common.loading')}</p>;
  const refusal = target === null ? tf('notFound') : user?.role === 'teacher' && user.schoolId !== id ? tf('notYourSchool') : null;
  if (refusal || !target) {
    return (
      <section className="screen">
        <PageHeader title={tf('title')} />
        <p className="banner banner--error" role="alert">
          {refusal}
        </p>
      </section>
    );
  }
  return (
    <section className="screen student-import">
      <PageHeader title={tf('title')} actions={backLink}>
        <p className="page-header__sub">{target.name}</p>
      </PageHeader>
      {done ? (
        <div className="banner banner--success" role="status">
          <h2 className="banner__title">{tf('done.title', { n: done.registered })}</h2>
          {done.refused.length > 0 ? (
            <>
              <p>{tf('done.refused', { n: done.refused.length })}</p>
              <ul className="import-done__list" aria-label={tf('done.refusedList')}>
                {done.refused.map((r) => (
                  <li key={r.row}>
                    {[tf('preview.row', { n: r.row }), r.shown.name].filter((x) => x !== '').join(' ')}：{r.problems.map((p) => problemWords(tf, p)).join('／')}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="import-confirm">
            {backLink}
            <button type="button" className="button button--secondary" onClick={() => { setDone(null); setPicked(null); }}>
              {tf('done.another')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p>{tf('intro')}</p>
          <FileStep file={file} fileName={picked?.name ?? ''} detected={picked?.detected ?? 'utf-8'} choice={choice} failed={failed} onFile={(f) => void pick(f)} onChoice={setChoice} />
          {file && mapping && file.records.length > 0 ? <MappingStep key={`${picked?.name ?? ''}/${choice}`} header={file.header} mapping={mapping} onChange={(next) => setEdited({ file, mapping: next })} /> : null}
          {preview ? (
            <section className="card import-preview" aria-labelledby="import-preview-title">
              <h2 id="import-preview-title">{tf('preview.title')}</h2>
              <PreviewList preview={preview} showPlan={mapping?.plan !== null} />
              {save.error ? (
                <p className="banner banner--error" role="alert">
                  {tf('confirm.failed', { reason: saveErrorMessage(t, 'students', save.error) })}
                </p>
              ) : null}
              <div className="import-confirm">
                <button type="button" className="button button--primary" disabled={preview.valid.length === 0 || save.isPending} onClick={confirm}>
                  {save.isPending ? tf('confirm.saving') : tf('confirm.button', { n: preview.valid.length })}
                </button>
                {preview.valid.length === 0 ? <span>{tf('confirm.nothing')}</span> : null}
              </div>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
