/**
 * The opening a placement fills, chosen among the company's openings, each with its open places
 * (domain/openings.ts). Beyond its places the rule `opening-places` wants a reason: the warning says
 * so and the reason field appears before the save is refused, not after.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { beyondPlaces } from '../../../domain/cross-record';
import type { OpeningRow } from '../../../storage/opening-queries';
import { useFeatureMessages } from '../messages';

export function OpeningSelect({ openings, value, error, registration }: {
  openings: readonly OpeningRow[];
  value: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  const { tf } = useFeatureMessages();
  // Closed, lapsed or future openings are not offered, except the one already chosen.
  const offered = openings.filter((o) => o.state === 'open' || o.id === value);
  return (
    <FormField label={tf('field.opening')} error={error} hint={openings.length === 0 ? tf('opening.noneAtCompany') : tf('opening.hint')}>
      <Select
        // Remounted when the openings arrive, so the chosen one shows (an uncontrolled select keeps '' otherwise).
        key={offered.map((o) => o.id).join()}
        options={offered.map((o) => ({ value: o.id, label: tf('opening.option', { job: o.jobType, places: o.places, free: o.openPlaces }) }))}
        placeholder={tf('opening.none')}
        {...registration}
      />
    </FormField>
  );
}

/** The chosen opening's places when one more placement would go beyond them; undefined otherwise. */
export function placesExceeded(chosen: OpeningRow | undefined): { places: number; taken: number } | undefined {
  if (!chosen || !beyondPlaces(chosen.places, chosen.placesHeld)) return undefined;
  return { places: chosen.places, taken: chosen.placesHeld };
}

export function OverPlacesWarning({ places, taken }: { places: number; taken: number }) {
  const { tf } = useFeatureMessages();
  return (
    <div className="banner banner--warning form__wide" role="status">
      <p className="banner__title">{tf('opening.full.title')}</p>
      <p>{tf('opening.full.body', { places, taken })}</p>
    </div>
  );
}
