/**
 * Success fees (成功報酬) by fiscal year and status, with totals and a CSV for the office's Excel.
 * A fee's year is its hire's (domain/fees.ts). Filters live in the URL so back returns to the same list.
 * Only roles with the 'fees' screen reach this route (auth/role-access.ts): counter staff never do.
 */
import { Link } from 'react-router';
import { fiscalYearLabel } from '../../../domain/fiscal-year';
import { Flash } from '../../../components/ui/flash';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { codeLabel, codeOptions } from '../../../lib/code-options';
import { downloadCsv } from '../../../lib/csv';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { FEE_STATUSES } from '../../../shared/codes';
import type { FeeRow } from '../../../storage/fee-queries';
import { useFeeList } from '../../../storage/hooks/use-fees';
import { feeCsv } from '../fee-csv';
import { formatYen } from '../../../lib/numbers';
import { shortDate } from '../format';
import { useFeeMessages } from '../messages';
import { FeeTotals } from './fee-totals';
import '../fees.css';

export function FeeListScreen() {
  const { t, tf, lang } = useFeeMessages();
  const url = useUrlFilter();
  const all = useFeeList();
  const status = url.getCode(FEE_STATUSES, 'status');
  const years = [...new Set((all ?? []).map((f) => f.fiscalYear).filter((y) => y !== null))].sort((a, b) => b - a);
  const year = years.find((y) => String(y) === url.get('year')) ?? null;
  const fees = (all ?? []).filter((f) => (year === null || f.fiscalYear === year) && (!status || f.status === status));
  const exportCsv = () =>
    downloadCsv(
      tf('csv.fileName', { year: year === null ? tf('csv.allYears') : fiscalYearLabel(year, lang) }),
      feeCsv(fees, { t, tf, lang }),
    );
  return (
    <section className="screen fee-list">
      <PageHeader
        title={tf('list.title')}
        actions={
          <>
            <Link to="/fees/settings" className="button button--secondary">
              {tf('list.settings')}
            </Link>
            <button type="button" className="button button--primary" onClick={exportCsv} disabled={fees.length === 0}>
              {tf('list.export')}
            </button>
          </>
        }
      >
        <div className="filters">
          <label className="filters__item">
            <span>{tf('filter.year')}</span>
            <Select
              value={year === null ? '' : String(year)}
              placeholder={tf('filter.allYears')}
              options={years.map((y) => ({ value: String(y), label: fiscalYearLabel(y, lang) }))}
              onChange={(e) => url.set('year', e.target.value)}
            />
          </label>
          <label className="filters__item">
            <span>{tf('filter.status')}</span>
            <Select
              value={status}
              placeholder={t('common.all')}
              options={codeOptions(t, 'feeStatus', FEE_STATUSES)}
              onChange={(e) => url.set('status', e.target.value)}
            />
          </label>
        </div>
      </PageHeader>
      <Flash />
      {all === undefined ? <p role="status">{t('common.loading')}</p> : <FeeTotals fees={fees} />}
      {all && fees.length === 0 ? <p className="empty">{tf('list.empty')}</p> : null}
      {fees.length > 0 ? <FeeTable fees={fees} /> : null}
    </section>
  );
}

function FeeTable({ fees }: { fees: FeeRow[] }) {
  const { t, tf } = useFeeMessages();
  return (
    <div className="fee-table__scroll">
      <table className="fee-table">
        <thead>
          <tr>
            <th scope="col">{tf('col.company')}</th>
            <th scope="col">{tf('col.seeker')}</th>
            <th scope="col">{tf('col.hiredOn')}</th>
            <th scope="col" className="fee-table__num">
              {tf('col.amount')}
            </th>
            <th scope="col">{tf('col.status')}</th>
            <th scope="col">{tf('col.invoicedOn')}</th>
            <th scope="col">{tf('col.paidOn')}</th>
          </tr>
        </thead>
        <tbody>
          {fees.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <Link to={`/fees/${f.id}`} className="fee-table__link">
                  {f.companyName}
                </Link>
              </th>
              <td>{f.seekerName}</td>
              <td>{shortDate(f.hiredOn)}</td>
              <td className="fee-table__num">{formatYen(f.amount)}</td>
              <td>
                <span className={`tag fee-status fee-status--${f.status}`}>{codeLabel(t, 'feeStatus', f.status)}</span>
              </td>
              <td>{shortDate(f.invoicedOn)}</td>
              <td>{shortDate(f.paidOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
