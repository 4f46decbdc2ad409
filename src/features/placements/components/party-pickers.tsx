/**
 * The two sides of a placement. Seekers are found with the seeker list's own search (name, reading,
 * town, desired industry over its in-memory rows: storage/seeker-queries.ts), companies with the
 * kana-aware company search (storage/company-queries.ts), so each search behaves as it does in its list.
 */
import { useState } from 'react';
import { Select } from '../../../components/ui/select';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { todayIso } from '../../../lib/dates';
import { joinLabels } from '../../../lib/i18n/join-labels';
import { ageOn } from '../../../shared/age-group';
import { INDUSTRIES, TOWNS, type Industry, type Town } from '../../../shared/codes';
import { useCompanyMatches } from '../../../storage/consent-queries';
import { useRecord } from '../../../storage/hooks/use-record';
import { useSeekerList } from '../../../storage/hooks/use-seeker-list';
import { useFeatureMessages } from '../messages';
import { PICK_LIMIT, PickField } from './pick-field';

type PartyPickProps = { value: string; onChange: (id: string) => void; error: string | undefined; fixed: boolean };

/** The search runs only while no seeker is chosen (most proposals start from the seeker's page). */
export function SeekerPickField(props: PartyPickProps) {
  return props.value ? <ChosenSeeker {...props} /> : <SeekerSearch {...props} />;
}

function ChosenSeeker({ value, onChange, error, fixed }: PartyPickProps) {
  const { t, tf } = useFeatureMessages();
  const seeker = useRecord('seekers', value);
  return (
    <PickField
      label={tf('field.seeker')}
      error={error}
      fixed={fixed}
      onClear={() => onChange('')}
      chosen={
        seeker ? (
          <>
            <strong>
              {seeker.familyName} {seeker.givenName}
            </strong>{' '}
            <span className="muted">
              {seeker.familyNameKana} {seeker.givenNameKana} ・ {t('seeker.ageYears', { n: ageOn(seeker.birthDate, todayIso()) })} ・ {codeLabel(t, 'town', seeker.town)}
            </span>
          </>
        ) : (
          '…'
        )
      }
      search={NO_SEARCH}
      results={undefined}
      total={0}
      onPick={onChange}
    />
  );
}

const NO_SEARCH = { value: '', onChange: () => {}, placeholder: '' };

function SeekerSearch({ onChange, error, fixed }: PartyPickProps) {
  const { t, tf, lang } = useFeatureMessages();
  const today = todayIso();
  const [text, setText] = useState('');
  const [town, setTown] = useState<Town | ''>('');
  const [industry, setIndustry] = useState<Industry | ''>('');
  const rows = useSeekerList({ text, town, industry, today });
  const searching = text.trim() !== '' || town !== '' || industry !== '';
  return (
    <PickField
      label={tf('field.seeker')}
      error={error}
      fixed={fixed}
      onClear={() => onChange('')}
      chosen={undefined}
      search={{ value: text, onChange: setText, placeholder: tf('pick.seekerPlaceholder') }}
      filters={
        <>
          <Select aria-label={t('filter.town')} value={town} onChange={(e) => setTown(e.target.value as Town | '')} options={codeOptions(t, 'town', TOWNS)} placeholder={tf('pick.anyTown')} />
          <Select
            aria-label={t('filter.industry')}
            value={industry}
            onChange={(e) => setIndustry(e.target.value as Industry | '')}
            options={codeOptions(t, 'industry', INDUSTRIES)}
            placeholder={tf('pick.anyIndustry')}
          />
        </>
      }
      results={
        searching && rows
          ? rows.slice(0, PICK_LIMIT).map((s) => ({
              id: s.id,
              main: (
                <>
                  {s.familyName} {s.givenName} <span className="pick__kana">{`${s.familyNameKana} ${s.givenNameKana}`}</span>
                </>
              ),
              meta: [
                t('seeker.ageYears', { n: ageOn(s.birthDate, today) }),
                codeLabel(t, 'town', s.town),
                joinLabels(s.desiredIndustries.map((i) => codeLabel(t, 'industry', i)), lang) || tf('pick.noIndustry'),
              ].join(' ・ '),
            }))
          : undefined
      }
      total={searching ? (rows?.length ?? 0) : 0}
      onPick={onChange}
    />
  );
}

export function CompanyPickField({ value, onChange, error, fixed }: PartyPickProps) {
  const { t, tf } = useFeatureMessages();
  const [text, setText] = useState('');
  const chosen = useRecord('companies', value || undefined);
  // All of them (~500 companies at most): the count tells how far to narrow.
  const matches = useCompanyMatches(text, Infinity);
  return (
    <PickField
      label={tf('field.company')}
      error={error}
      fixed={fixed}
      onClear={() => onChange('')}
      chosen={
        value === '' ? undefined : chosen ? (
          <>
            <strong>{chosen.name}</strong>{' '}
            <span className="muted">
              {chosen.nameKana} ・ {codeLabel(t, 'town', chosen.town)} ・ {codeLabel(t, 'industry', chosen.industry)}
            </span>
          </>
        ) : (
          '…'
        )
      }
      search={{ value: text, onChange: setText, placeholder: t('companyPicker.placeholder') }}
      results={
        text.trim() && matches
          ? matches.slice(0, PICK_LIMIT).map((c) => ({
              id: c.id,
              main: (
                <>
                  {c.name} <span className="pick__kana">{c.nameKana}</span>
                </>
              ),
              meta: [codeLabel(t, 'town', c.town), codeLabel(t, 'industry', c.industry), codeLabel(t, 'companyStatus', c.status)].join(' ・ '),
            }))
          : undefined
      }
      total={matches?.length ?? 0}
      onPick={onChange}
    />
  );
}
