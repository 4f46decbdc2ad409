/** The report's four filters: labelled native selects (the platform's picker suits tablets), kept in the URL. */
import { fiscalYearLabel } from '../../../domain/fiscal-year';
import type { ReportFilter } from '../../../domain/grant-report-model';
import { Select } from '../../../components/ui/select';
import { codeOptions } from '../../../lib/code-options';
import { AGE_GROUPS, TOWNS } from '../../../shared/codes';
import { useReportMessages } from '../messages';
import { FISCAL_MONTHS } from '../report-filter';
import { monthLabel } from '../report-labels';

export function ReportFilters({ filter, years, onChange }: {
  filter: ReportFilter;
  years: readonly number[];
  onChange: (name: 'fy' | 'month' | 'town' | 'age', value: string) => void;
}) {
  const { t, tf, lang } = useReportMessages();
  // The year in the URL stays choosable even when no record falls in it yet.
  const choosable = years.includes(filter.fiscalYear) ? years : [filter.fiscalYear, ...years].sort((a, b) => b - a);
  return (
    <div className="filters report-filters" role="group" aria-label={tf('filter.label')}>
      <label className="filters__item">
        <span>{tf('filter.fiscalYear')}</span>
        <Select
          value={String(filter.fiscalYear)}
          options={choosable.map((y) => ({ value: String(y), label: fiscalYearLabel(y, lang) }))}
          onChange={(e) => onChange('fy', e.target.value)}
        />
      </label>
      <label className="filters__item">
        <span>{tf('filter.month')}</span>
        <Select
          value={filter.month === null ? '' : String(filter.month)}
          placeholder={tf('filter.allMonths')}
          options={FISCAL_MONTHS.map((m) => ({ value: String(m), label: monthLabel(m, lang) }))}
          onChange={(e) => onChange('month', e.target.value)}
        />
      </label>
      <label className="filters__item">
        <span>{tf('filter.town')}</span>
        <Select value={filter.town ?? ''} placeholder={tf('filter.allTowns')} options={codeOptions(t, 'town', TOWNS)} onChange={(e) => onChange('town', e.target.value)} />
      </label>
      <label className="filters__item">
        <span>{tf('filter.ageGroup')}</span>
        <Select
          value={filter.ageGroup ?? ''}
          placeholder={tf('filter.allAgeGroups')}
          options={codeOptions(t, 'ageGroup', AGE_GROUPS)}
          onChange={(e) => onChange('age', e.target.value)}
        />
      </label>
    </div>
  );
}
