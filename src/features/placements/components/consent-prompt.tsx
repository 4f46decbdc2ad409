/**
 * The consent check of a proposal, before it is saved: proposing gives the seeker's data to the
 * company, which APPI allows only under the seeker's consent (the rule `consent-required` refuses the
 * save otherwise). Without one covering the company today it says so and offers the consent form
 * right here, beside the placement form, so nothing typed there is lost.
 */
import { useSession } from '../../../auth/use-session';
import { ConsentForm } from '../../../components/consent-form';
import { anyConsentCovers } from '../../../domain/consent';
import { todayIso } from '../../../lib/dates';
import { useConsents } from '../../../storage/consent-queries';
import { useFeatureMessages } from '../messages';

/** `covered`: whether a consent covers the company today (domain/consent.ts); undefined while loading. */
export function ConsentPrompt({ seekerId, companyId, covered }: { seekerId: string; companyId: string; covered: boolean | undefined }) {
  const { tf } = useFeatureMessages();
  const user = useSession().user;
  if (covered === undefined) return null;
  if (covered)
    return (
      <p className="banner banner--success" role="status">
        {tf('consent.covered')}
      </p>
    );
  return (
    <section className="banner banner--warning consent-prompt" aria-labelledby="consent-prompt-title">
      <h2 id="consent-prompt-title" className="banner__title">
        {tf('consent.missing.title')}
      </h2>
      <p>{tf('consent.missing.body')}</p>
      <ConsentForm seekerId={seekerId} companyId={companyId} takenBy={user?.displayName ?? ''} />
    </section>
  );
}

/** The same, following the seeker's consents by itself (where a refused status move asks for one). */
export function LiveConsentPrompt({ seekerId, companyId }: { seekerId: string; companyId: string }) {
  const consents = useConsents(seekerId);
  return <ConsentPrompt seekerId={seekerId} companyId={companyId} covered={consents && anyConsentCovers(consents, companyId, todayIso())} />;
}
