/** One seeker: profile, counselling records (addable on the spot) and trial placements. */
import { Link, useNavigate, useParams } from 'react-router';
import { RecordHistory } from '../../../components/record-history';
import { DetailList } from '../../../components/ui/detail-list';
import { Flash } from '../../../components/ui/flash';
import { PageHeader } from '../../../components/ui/page-header';
import { codeLabel } from '../../../lib/code-options';
import { formatDate, todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n/i18n';
import { useDeleteRecord, useRecord } from '../../../lib/record-hooks';
import { ageGroupOn, ageOn } from '../../../shared/age-group';
import { CounsellingSection } from './counselling-section';
import { SeekerTrials } from './seeker-trials';

export function SeekerDetailScreen() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const seeker = useRecord('seekers', id);
  const remove = useDeleteRecord('seekers');
  if (seeker === undefined) return <p>{t('common.loading')}</p>;
  if (seeker === null)
    return (
      <section className="screen">
        <p role="alert">{t('common.notFound')}</p>
        <Link to="/seekers">{t('common.back')}</Link>
      </section>
    );
  const today = todayIso();
  const name = `${seeker.familyName} ${seeker.givenName}`;
  const onDelete = async () => {
    if (!window.confirm(t('common.confirmDelete', { name }))) return;
    await remove.mutateAsync(seeker.id);
    navigate('/seekers', { replace: true });
  };
  return (
    <section className="screen">
      <Flash />
      <Link to="/seekers" className="back-link">
        ← {t('common.back')}
      </Link>
      <PageHeader
        title={name}
        actions={
          <>
            <Link to={`/seekers/${seeker.id}/edit`} className="button button--primary">
              {t('common.edit')}
            </Link>
            <button type="button" className="button button--danger" onClick={onDelete}>
              {t('common.delete')}
            </button>
          </>
        }
      >
        <p className="page-header__sub">
          {seeker.familyNameKana} {seeker.givenNameKana}
        </p>
      </PageHeader>
      <DetailList
        items={[
          [t('seeker.birthDate'), `${formatDate(seeker.birthDate, lang)} ${t('seeker.ageYears', { n: ageOn(seeker.birthDate, today) })}`],
          [t('seeker.ageGroup'), codeLabel(t, 'ageGroup', ageGroupOn(seeker.birthDate, today))],
          [t('seeker.gender'), codeLabel(t, 'gender', seeker.gender)],
          [t('seeker.town'), codeLabel(t, 'town', seeker.town)],
          [t('seeker.address'), [seeker.postalCode && `〒${seeker.postalCode}`, seeker.address].filter(Boolean).join(' ')],
          [t('seeker.phone'), seeker.phone],
          [t('seeker.email'), seeker.email],
          [t('seeker.desiredIndustries'), seeker.desiredIndustries.map((i) => codeLabel(t, 'industry', i)).join('、') || t('common.none')],
          [t('seeker.status'), codeLabel(t, 'seekerStatus', seeker.status)],
          [t('seeker.registeredOn'), formatDate(seeker.registeredOn, lang)],
          [t('seeker.consentThirdPartyShort'), t(seeker.consentThirdParty ? 'common.yes' : 'common.no')],
          [t('seeker.notes'), seeker.notes],
        ]}
      />
      <CounsellingSection seekerId={seeker.id} />
      <SeekerTrials seekerId={seeker.id} />
      <RecordHistory entity="seekers" recordId={seeker.id} />
    </section>
  );
}
