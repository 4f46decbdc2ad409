import { Link } from 'react-router';
import { codeLabel } from '../../../lib/code-options';
import { formatDate } from '../../../lib/dates';
import type { DuplicateProbe } from '../../../storage/duplicate-queries';
import { useLikelyDuplicates } from '../../../storage/hooks/use-likely-duplicates';
import { useSeekerMessages } from '../messages';

export function DuplicateWarning({ probe }: { probe: DuplicateProbe }) {
  const { t, lang, tf } = useSeekerMessages();
  const duplicates = useLikelyDuplicates(probe);
  if (duplicates.length === 0) return null;
  return (
    <section className="banner banner--warning" role="status" aria-live="polite" data-testid="duplicate-warning">
      <h2 className="banner__title">{tf('seeker.duplicates.title')}</h2>
      <p>{tf('seeker.duplicates.hint')}</p>
      <ul className="plain-list">
        {duplicates.map((s) => (
          <li key={s.id}>
            <Link to={`/seekers/${s.id}`} target="_blank" rel="noreferrer">
              {s.familyName} {s.givenName}（{s.familyNameKana} {s.givenNameKana}）
            </Link>{' '}
            {formatDate(s.birthDate, lang)} ・ {codeLabel(t, 'town', s.town)} ・ {s.phone}
          </li>
        ))}
      </ul>
    </section>
  );
}
