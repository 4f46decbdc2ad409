/**
 * The seeker list: search by name, reading (ひらがな finds カタカナ) or phone number, filter by town,
 * age group and desired industry; an empty result suggests what to try instead. The filter lives in
 * the URL so the back button and a reload keep it.
 */
import { Link } from 'react-router';
import { RecordListScreen } from '../../../components/record-list-screen';
import { FilterBar } from '../../../components/ui/filter-bar';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDate, todayIso } from '../../../lib/dates';
import { useUrlFilter, useUrlText } from '../../../lib/use-url-filter';
import { ageGroupOn, ageOn } from '../../../shared/age-group';
import { AGE_GROUPS, INDUSTRIES, TOWNS } from '../../../shared/codes';
import { MIN_PHONE_DIGITS } from '../../../shared/phone';
import type { SeekerHit } from '../../../storage/seeker-filters';
import { useSeekerList, useSeekerListHead } from '../../../storage/hooks/use-seeker-list';

export function SeekerListScreen() {
  const { t, lang } = useI18n();
  const url = useUrlFilter();
  const [text, setText] = useUrlText('q');
  const today = todayIso();
  const filter = {
    text,
    town: url.getCode(TOWNS, 'town'),
    ageGroup: url.getCode(AGE_GROUPS, 'age'),
    industry: url.getCode(INDUSTRIES, 'industry'),
    today,
  };
  // At a cold start the first screenful (and the count) comes before the rest of the list.
  const head = useSeekerListHead();
  const rows = useSeekerList(filter, head !== undefined);
  // Nothing found: say what else to try (another way to search, or fewer filters).
  const query = filter.text.trim();
  const filtered = Boolean(filter.town || filter.ageGroup || filter.industry);
  const firstScreenful = rows === undefined && !query && !filtered ? head : undefined;
  const emptyText = query
    ? t('seeker.list.noMatch', { q: query, n: MIN_PHONE_DIGITS }) + (filtered ? (lang === 'ja' ? '' : ' ') + t('seeker.list.noMatchFiltered') : '')
    : t(filtered ? 'seeker.list.noMatchFiltered' : 'seeker.list.none');

  const renderRow = (s: SeekerHit) => (
    <Link to={`/seekers/${s.id}`} className="row-link">
      <span className="row-link__main">
        <span className="row-link__name">
          {s.familyName} {s.givenName}
        </span>
        <span className="row-link__kana">
          {s.familyNameKana} {s.givenNameKana}
        </span>
      </span>
      <span className="row-link__meta">
        {s.near ? <span className="tag tag--near">{t('seeker.list.near')}</span> : null}
        <span className={`tag tag--${ageGroupOn(s.birthDate, today)}`}>{codeLabel(t, 'ageGroup', ageGroupOn(s.birthDate, today))}</span>
        <span>{t('seeker.ageYears', { n: ageOn(s.birthDate, today) })}</span>
        <span>{codeLabel(t, 'town', s.town)}</span>
        <span className="row-link__status">{codeLabel(t, 'seekerStatus', s.status)}</span>
      </span>
      <span className="visually-hidden">{formatDate(s.birthDate, lang)}</span>
    </Link>
  );

  return (
    <RecordListScreen
      title={t('seeker.list.title')}
      newPath="/seekers/new"
      filterBar={
        <FilterBar
          search={{ label: t('seeker.list.searchLabel'), placeholder: t('seeker.list.searchPlaceholder'), value: filter.text }}
          allLabel={t('common.all')}
          onChange={(name, value) => (name === 'q' ? setText(value) : url.set(name, value))}
          filters={[
            { name: 'town', label: t('filter.town'), value: filter.town, options: codeOptions(t, 'town', TOWNS) },
            { name: 'age', label: t('filter.ageGroup'), value: filter.ageGroup, options: codeOptions(t, 'ageGroup', AGE_GROUPS) },
            { name: 'industry', label: t('filter.industry'), value: filter.industry, options: codeOptions(t, 'industry', INDUSTRIES) },
          ]}
        />
      }
      rows={rows ?? firstScreenful?.rows}
      total={rows ? undefined : firstScreenful?.total}
      emptyText={emptyText}
      renderRow={renderRow}
    />
  );
}
