/**
 * The 5-point scale of interest in working locally as one row of chips (one tap), with 未回答 first so
 * a question not asked stays null rather than a guessed middle. Arrow keys move as in any radio group.
 */
import { useId } from 'react';
import { INTEREST_LEVELS } from '../../../shared/codes';
import { useProgrammeMessages } from '../messages';

type Level = (typeof INTEREST_LEVELS)[number];

export function InterestScale({ legend, value, onChange }: { legend: string; value: number | null | undefined; onChange: (level: Level | null) => void }) {
  const { t, tf } = useProgrammeMessages();
  const name = useId();
  const choices: Array<[Level | null, string]> = [[null, tf('careerPlan.none')], ...INTEREST_LEVELS.map((n) => [n, tf(`careerPlan.level.${n}`)] as [Level, string])];
  return (
    <fieldset className="field radio-group interest-scale">
      <legend className="field__label">
        {legend}
        <span className="field__opt">{t('common.optional')}</span>
      </legend>
      <div className="radio-group__items">
        {choices.map(([level, label]) => (
          <label key={label} className="radio-group__chip">
            <input type="radio" name={name} checked={(value ?? null) === level} onChange={() => onChange(level)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
