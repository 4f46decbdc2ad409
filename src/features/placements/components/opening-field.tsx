/**
 * The opening a placement fills, chosen among the company's openings, each with the places other
 * placements hold. Beyond its places the rule `opening-places` wants a reason: the warning says so
 * and the reason field appears before the save is refused, not after.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField } from '../../../components/ui/form-field';
import { Select } from '../../../components/ui/select';
import { beyondPlaces } from '../../../domain/cross-record';
import type { OpeningWithPlacesTaken } from '../../../storage/placement-queries';
import { useFeatureMessages } from '../messages';

/** Whether the opening is still taking placements on `today` (not closed, still valid). */
const isOpen = (o: OpeningWithPlacesTaken['opening'], today: string) => o.closedOn === '' && o.validUntil >= today;

export function OpeningSelect({ openings, value, today, error, registration }: {
  openings: readonly OpeningWithPlacesTaken[];
  value: string;
  today: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  const { tf } = useFeatureMessages();
  // Closed or lapsed openings are not offered, except the one already chosen.
  const offered = openings.filter((o) => isOpen(o.opening, today) || o.opening.id === value);
  return (
    <FormField label={tf('field.opening')} error={error} hint={openings.length === 0 ? tf('opening.noneAtCompany') : tf('opening.hint')}>
      <Select
        // Remounted when the openings arrive, so the chosen one shows (an uncontrolled select keeps '' otherwise).
        key={offered.map((o) => o.opening.id).join()}
        options={offered.map(({ opening, taken }) => ({
          value: opening.id,
          label: tf('opening.option', { job: opening.jobType, places: opening.places, free: Math.max(0, opening.places - taken) }),
        }))}
        placeholder={tf('opening.none')}
        {...registration}
      />
    </FormField>
  );
}

/** The chosen opening's places when this placement would go beyond them; undefined otherwise. */
export function placesExceeded(chosen: OpeningWithPlacesTaken | undefined): { places: number; taken: number } | undefined {
  if (!chosen || !beyondPlaces(chosen.opening.places, chosen.taken)) return undefined;
  return { places: chosen.opening.places, taken: chosen.taken };
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
