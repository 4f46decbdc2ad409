/**
 * この企業に合う求職者 on a company's page: the seekers who fit its open openings, best first, each with
 * the opening that suits them, the reasons (src/domain/matching.ts), whether their consent covers this
 * company, and a link that proposes them for it.
 */
import { Link } from 'react-router';
import { CANDIDATE_LIMIT } from '../../../domain/matching';
import { todayIso } from '../../../lib/dates';
import type { Company } from '../../../shared/entities';
import { useCompanyCandidates } from '../../../storage/hooks/use-match-suggestions';
import { useMatchingMessages } from '../messages';
import { MatchReasons } from './match-reasons';
import { ProposeLink } from './propose-link';
import { OnlyFor } from '../../../auth/only-for';

export function CompanyCandidatesSection({ company }: { company: Company }) {
  return (
    <OnlyFor screen="trialWork">
      <Candidates company={company} />
    </OnlyFor>
  );
}

function Candidates({ company }: { company: Company }) {
  const { tf } = useMatchingMessages();
  const candidates = useCompanyCandidates(company.id, todayIso());
  return (
    <section className="card" aria-labelledby="candidates-title">
      <h2 id="candidates-title">{tf('candidates.title')}</h2>
      <p className="match-how">{tf('candidates.how', { limit: CANDIDATE_LIMIT })}</p>
      {candidates?.length === 0 ? <p className="empty">{tf('candidates.empty')}</p> : null}
      <ol className="plain-list">
        {candidates?.map((c) => {
          const name = `${c.seeker.familyName} ${c.seeker.givenName}`;
          return (
            <li key={c.seekerId} className="timeline-item match-item">
              <div className="match-item__main">
                <p className="match-item__head">
                  <Link className="match-item__link" to={`/seekers/${c.seekerId}`}>
                    {name}
                  </Link>
                  <span className="match-item__sub">
                    {c.seeker.familyNameKana} {c.seeker.givenNameKana} ・ {tf('candidates.opening', { jobType: c.jobType })}
                  </span>
                </p>
                <MatchReasons reasons={c.reasons} />
              </div>
              <ProposeLink seekerId={c.seekerId} companyId={company.id} openingId={c.openingId} context={tf('propose.candidateContext', { name, jobType: c.jobType })} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
