/**
 * On a company's page: its openings, open ones first, each with the places still open (places less
 * the placements holding one: src/domain/openings.ts), and 「求人を登録」. Expired and closed openings
 * stay listed, marked: they are lines of the 求人管理簿.
 */
import { Link } from 'react-router';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import type { Company } from '../../../shared/entities';
import type { OpeningRow } from '../../../storage/opening-queries';
import { useCompanyOpenings } from '../../../storage/hooks/use-openings';
import { useOpeningMessages } from '../messages';

export function CompanyOpeningsSection({ company }: { company: Company }) {
  const { tf } = useOpeningMessages();
  const openings = useCompanyOpenings(company.id, todayIso());
  return (
    <section className="card" aria-labelledby="company-openings-title">
      <div className="section-head">
        <h2 id="company-openings-title">{tf('section.title')}</h2>
        <Link to={`/companies/${company.id}/openings/new`} className="button button--primary">
          {tf('section.add')}
        </Link>
      </div>
      {openings && openings.length === 0 ? <p className="empty">{tf('section.empty')}</p> : null}
      <ul className="plain-list">
        {openings?.map((opening) => (
          <li key={opening.id} className={`timeline-item ${opening.state === 'open' ? '' : 'opening--inactive'}`}>
            <OpeningItem opening={opening} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const STATE_TAG = { open: 'tag--ok', not_yet: 'tag--muted', expired: 'tag--muted', closed: 'tag--muted' } as const;

function OpeningItem({ opening }: { opening: OpeningRow }) {
  const { t, tf, lang } = useOpeningMessages();
  const workplace = [codeLabel(t, 'town', opening.town), opening.workplace].filter(Boolean).join(' ');
  return (
    <>
      <div className="timeline-item__row">
        <p className="timeline-item__head">
          {opening.jobType} ・ {codeLabel(t, 'industry', opening.industry)} <span className={`tag ${STATE_TAG[opening.state]}`}>{tf(`state.${opening.state}`)}</span>
        </p>
        <Link to={`/openings/${opening.id}/edit`} className="button button--secondary button--small" aria-label={tf('section.editLabel', { job: opening.jobType })}>
          {tf('section.edit')}
        </Link>
      </div>
      <p>
        <span className="opening__places">{tf('section.openPlaces', { open: opening.openPlaces, places: opening.places })}</span> ・{' '}
        {tf('section.wage', { unit: codeLabel(t, 'wageUnit', opening.wageUnit), amount: opening.wageAmount.toLocaleString('ja-JP') })}
      </p>
      <p>
        {workplace} ・ {opening.workingHours} ・ {opening.workingDays}
      </p>
      <p className="prewrap">{opening.jobContent}</p>
      <p className="muted">
        {tf('section.period', { receivedOn: formatDate(opening.receivedOn, lang), validUntil: formatDate(opening.validUntil, lang) })}
        {opening.closedOn ? ` ・ ${tf('section.closedOn', { date: formatDate(opening.closedOn, lang) })}` : ''}
      </p>
    </>
  );
}
