/** Host companies: search by name, reading or phone number, filter by town and industry; an empty result suggests what to try. */
import { Link } from 'react-router';
import { RecordListScreen } from '../../../components/record-list-screen';
import { FilterBar } from '../../../components/ui/filter-bar';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { INDUSTRIES, TOWNS } from '../../../shared/codes';
import { MIN_PHONE_DIGITS } from '../../../shared/phone';
import type { CompanyRow } from '../../../storage/company-queries';
import { useCompanyList } from '../../../storage/hooks/use-company-list';
import { useCompanyMessages } from '../messages';

export function CompanyListScreen() {
  const { t, tf, lang } = useCompanyMessages();
  const url = useUrlFilter();
  const filter = { text: url.get('q'), town: url.getCode(TOWNS, 'town'), industry: url.getCode(INDUSTRIES, 'industry') };
  const rows = useCompanyList(filter);
  // Nothing found: say what else to try (another way in, or fewer filters).
  const query = filter.text.trim();
  const filtered = Boolean(filter.town || filter.industry);
  const emptyText = query
    ? tf('noMatch', { q: query, n: MIN_PHONE_DIGITS }) + (filtered ? (lang === 'ja' ? '' : ' ') + tf('noMatchFiltered') : '')
    : tf(filtered ? 'noMatchFiltered' : 'none');
  const renderRow = (c: CompanyRow) => (
    <Link to={`/companies/${c.id}`} className="row-link">
      <span className="row-link__main">
        <span className="row-link__name">{c.name}</span>
        <span className="row-link__kana">{c.nameKana}</span>
      </span>
      <span className="row-link__meta">
        {c.near ? <span className="tag tag--near">{tf('search.near')}</span> : null}
        <span className="tag">{codeLabel(t, 'industry', c.industry)}</span>
        <span>{codeLabel(t, 'town', c.town)}</span>
        <span className="row-link__status">{codeLabel(t, 'companyStatus', c.status)}</span>
      </span>
    </Link>
  );
  return (
    <RecordListScreen
      title={tf('company.list.title')}
      newPath="/companies/new"
      filterBar={
        <FilterBar
          search={{ label: tf('company.list.searchLabel'), placeholder: tf('company.list.searchPlaceholder'), value: filter.text }}
          allLabel={t('common.all')}
          onChange={url.set}
          filters={[
            { name: 'town', label: t('filter.town'), value: filter.town, options: codeOptions(t, 'town', TOWNS) },
            { name: 'industry', label: t('filter.industry'), value: filter.industry, options: codeOptions(t, 'industry', INDUSTRIES) },
          ]}
        />
      }
      rows={rows}
      emptyText={emptyText}
      renderRow={renderRow}
    />
  );
}
