/** Host companies: search by name or reading, filter by town and industry. */
import { Link } from 'react-router';
import { RecordListScreen } from '../../../components/record-list-screen';
import { FilterBar } from '../../../components/ui/filter-bar';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { useI18n } from '../../../lib/i18n/i18n';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { INDUSTRIES, TOWNS } from '../../../shared/codes';
import type { CompanyRow } from '../../../storage/company-queries';
import { useCompanyList } from '../../../storage/hooks/use-company-list';

export function CompanyListScreen() {
  const { t } = useI18n();
  const url = useUrlFilter();
  const filter = { text: url.get('q'), town: url.getCode(TOWNS, 'town'), industry: url.getCode(INDUSTRIES, 'industry') };
  const rows = useCompanyList(filter);
  const renderRow = (c: CompanyRow) => (
    <Link to={`/companies/${c.id}`} className="row-link">
      <span className="row-link__main">
        <span className="row-link__name">{c.name}</span>
        <span className="row-link__kana">{c.nameKana}</span>
      </span>
      <span className="row-link__meta">
        <span className="tag">{codeLabel(t, 'industry', c.industry)}</span>
        <span>{codeLabel(t, 'town', c.town)}</span>
        <span className="row-link__status">{codeLabel(t, 'companyStatus', c.status)}</span>
      </span>
    </Link>
  );
  return (
    <RecordListScreen
      title={t('company.list.title')}
      newPath="/companies/new"
      filterBar={
        <FilterBar
          search={{ label: t('company.list.searchLabel'), placeholder: t('company.list.searchPlaceholder'), value: filter.text }}
          allLabel={t('common.all')}
          onChange={url.set}
          filters={[
            { name: 'town', label: t('filter.town'), value: filter.town, options: codeOptions(t, 'town', TOWNS) },
            { name: 'industry', label: t('filter.industry'), value: filter.industry, options: codeOptions(t, 'industry', INDUSTRIES) },
          ]}
        />
      }
      rows={rows}
      emptyText={t('company.list.empty')}
      renderRow={renderRow}
    />
  );
}
