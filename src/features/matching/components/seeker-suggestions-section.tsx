/**
 * おすすめの求人 on a seeker's page: open openings at host companies, best first, each with the reasons it
 * ranks there (src/domain/matching.ts) and a link that proposes the seeker for it.
 */
import { Link } from 'react-router';
import { SUGGESTION_LIMIT } from '../../../domain/matching';
import { todayIso } from '../../../lib/dates';
import type { Seeker } from '../../../shared/entities';
import { useSeekerSuggestions } from '../../../storage/hooks/use-match-suggestions';
import { useMatchingMessages } from '../messages';
import { MatchReasons } from './match-reasons';
import { ProposeLink } from './propose-link';
import { OnlyFor } from '../../../auth/only-for';

export function SeekerSuggestionsSection({ seeker }: { seeker: Seeker }) {
  return (
    <OnlyFor screen="trialWork">
      <Suggestions seeker={seeker} />
    </OnlyFor>
  );
}

function Suggestions({ seeker }: { seeker: Seeker }) {
  const { tf } = useMatchingMessages();
  const result = useSeekerSuggestions(seeker, todayIso());
  return (
    <section className="card" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{tf('suggestions.title')}</h2>
      <p className="match-how">{tf('suggestions.how', { limit: SUGGESTION_LIMIT })}</p>
      {result && !result.lookingForWork ? <p className="empty">{tf('suggestions.notLooking')}</p> : null}
      {result?.lookingForWork && result.suggestions.length === 0 ? <p className="empty">{tf('suggestions.empty')}</p> : null}
      <ol className="plain-list">
        {result?.suggestions.map((s) => (
          <li key={s.openingId} className="timeline-item match-item">
            <div className="match-item__main">
              <p className="match-item__head">
                <Link className="match-item__link" to={`/companies/${s.companyId}`}>
                  {s.companyName}
                </Link>
                <span className="match-item__sub">{s.jobType}</span>
              </p>
              <MatchReasons reasons={s.reasons} />
            </div>
            <ProposeLink seekerId={seeker.id} companyId={s.companyId} openingId={s.openingId} context={tf('propose.seekerContext', { company: s.companyName, jobType: s.jobType })} />
          </li>
        ))}
      </ol>
    </section>
  );
}
