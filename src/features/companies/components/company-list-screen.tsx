/** Host companies: search by name or reading, filter by town and industry. */
import { Link } from 'react-router';
import { FilterBar } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { VirtualList } from '../../../components/ui/virtual-list';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { useI18n } from '../../../lib/i18n/i18n';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { INDUSTRIES, TOWNS } from '../../../shared/codes';
import type { CompanyRow } from '../../../storage/company-queries';
import { useCompanyList } from '../hooks/use-company-list';

export function CompanyListScreen() {
  const { t, lang } = useI18n();
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
    <section className="screen screen--list">
      <PageHeader
        title={t('company.list.title')}
        actions={
          <Link to="/companies/new" className="button button--primary">
            ＋ {t('common.new')}
          </Link>
        }
      >
        <FilterBar
          search={{ label: t('company.list.searchLabel'), placeholder: t('company.list.searchPlaceholder'), value: filter.text }}
          allLabel={t('common.all')}
          onChange={url.set}
          filters={[
            { name: 'town', label: t('filter.town'), value: filter.town, options: codeOptions(t, 'town', TOWNS) },
            { name: 'industry', label: t('filter.industry'), value: filter.industry, options: codeOptions(t, 'industry', INDUSTRIES) },
          ]}
        />
      </PageHeader>
      <p className="list-count" role="status" aria-live="polite">
        {rows ? t('common.count', { n: rows.length.toLocaleString(lang) }) : t('common.loading')}
      </p>
      {rows && rows.length === 0 ? <p className="empty">{t('company.list.empty')}</p> : null}
      {rows && rows.length > 0 ? (
        <VirtualList items={rows} rowHeight={72} label={t('company.list.title')} renderRow={renderRow} getKey={(c) => c.id} />
      ) : null}
    </section>
  );
}
