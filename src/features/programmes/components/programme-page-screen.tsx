/**
 * One programme (/programmes/:id): its sessions in date order with each one's attendance so far, the
 * post-learning shift in interest in working locally, and its roster (whole classes added in one
 * tap, one student added or withdrawn), with each student's career plan.
 */
import { Link, useParams } from 'react-router';
import { Flash } from '../../../components/ui/flash';
import { PageHeader } from '../../../components/ui/page-header';
import { fiscalYearLabel } from '../../../domain/fiscal-year';
import type { ProgrammeOverview } from '../../../storage/programme-queries';
import { useProgramme } from '../../../storage/hooks/use-programmes';
import { useProgrammeMessages } from '../messages';
import { InterestShiftCard } from './interest-shift-card';
import { ParticipantsCard } from './participants-card';
import { SessionsCard } from './sessions-card';
import '../programmes.css';

export function ProgrammePageScreen() {
  const { t } = useProgrammeMessages();
  const { id = '' } = useParams();
  const overview = useProgramme(id);
  if (overview === undefined) return <p>{t('common.loading')}</p>;
  if (overview === null)
    return (
      <section className="screen">
        <p role="alert">{t('common.notFound')}</p>
      </section>
    );
  return <ProgrammePage overview={overview} />;
}

function ProgrammePage({ overview }: { overview: ProgrammeOverview }) {
  const { t, tf, lang } = useProgrammeMessages();
  const { programme, school } = overview;
  return (
    <section className="screen programmes">
      <Flash />
      <PageHeader
        title={programme.title}
        actions={
          <Link to={`/programmes/${programme.id}/edit`} className="button button--secondary">
            {t('common.edit')}
          </Link>
        }
      >
        <p className="page-header__sub">{tf('page.sub', { school: school?.name ?? tf('page.unknownSchool'), year: fiscalYearLabel(programme.fiscalYear, lang) })}</p>
        {programme.notes ? <p className="prewrap">{programme.notes}</p> : null}
      </PageHeader>
      <SessionsCard programmeId={programme.id} sessions={overview.sessions} />
      <InterestShiftCard careerPlans={overview.careerPlans} />
      <ParticipantsCard overview={overview} />
    </section>
  );
}
