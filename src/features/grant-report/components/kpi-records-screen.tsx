/**
 * /report/records?kpi=…&fy=…: the records one figure of the report counts, under the same conditions,
 * so anyone can check a number against the records (and open each one). Computed the same way as the
 * dashboard, from the same records on the device.
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { VirtualList } from '../../../components/ui/virtual-list';
import { KPI_KEYS, type KpiKey } from '../../../domain/grant-report-model';
import { downloadCsv } from '../../../lib/csv';
import { formatCount } from '../../../lib/numbers';
import { kpiRecordRows, type KpiRecordRow } from '../kpi-records';
import { useReportMessages } from '../messages';
import { kpiRecordsCsv } from '../report-csv';
import { filterQuery } from '../report-filter';
import { formatKpiValue } from '../report-format';
import { conditionsText } from '../report-labels';
import { useGrantReport } from '../use-grant-report';
import { useReportWords } from '../use-report-words';
import '../report.css';

const isKpiKey = (key: string | null): key is KpiKey => (KPI_KEYS as readonly (string | null)[]).includes(key);

export function KpiRecordsScreen() {
  const words = useReportWords();
  const { tf } = words;
  const key = useSearchParams()[0].get('kpi');
  const { filter, input, report } = useGrantReport();
  const kpi = report && isKpiKey(key) ? report.kpis[key] : undefined;
  const rows = useMemo(() => (kpi && input ? kpiRecordRows(kpi, input, words) : []), [kpi, input, words]);
  const back = (
    <Link to={`/report?${filterQuery(filter)}`} className="back-link">
      ← {tf('records.back')}
    </Link>
  );
  if (!isKpiKey(key))
    return (
      <section className="screen">
        {back}
        <p className="empty">{tf('records.unknownKpi')}</p>
      </section>
    );
  const label = tf(`kpi.${key}`);
  return (
    <section className="screen screen--list report-records">
      {back}
      <PageHeader title={label}>
        <p className="page-header__sub">{tf('filter.summary', { conditions: conditionsText(filter, words) })}</p>
        <p className="report-records__definition">{tf(`def.${key}`)}</p>
      </PageHeader>
      {kpi === undefined ? (
        <p role="status">{tf('loading')}</p>
      ) : (
        <>
          <div className="report-records__figure">
            <p>
              <span className="kpi__value">{formatKpiValue(kpi, tf)}</span>{' '}
              <span className="list-count">
                {kpi.denominatorIds ? tf('records.ratio', { numerator: formatCount(kpi.numerator ?? kpi.ids.length), denominator: formatCount(kpi.denominator ?? rows.length) }) : tf('records.counted', { n: formatCount(rows.length) })}
              </span>
            </p>
            {rows.length === 0 ? null : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  const file = kpiRecordsCsv(kpi, rows, filter, words);
                  downloadCsv(file.fileName, file.text);
                }}
              >
                {tf('records.export')}
              </button>
            )}
          </div>
          {rows.length === 0 ? <p className="empty">{tf('records.empty')}</p> : <VirtualList items={rows} rowHeight={64} label={tf('records.listLabel', { label })} getKey={(r) => r.id} renderRow={(r) => <RecordRow row={r} />} />}
        </>
      )}
    </section>
  );
}

function RecordRow({ row }: { row: KpiRecordRow }) {
  const { tf } = useReportMessages();
  const body = (
    <>
      <span className="row-link__main">
        <span className="row-link__name">{row.title}</span>
        <span className="row-link__kana">{row.meta}</span>
      </span>
      {row.inNumerator !== null ? (
        <span className="row-link__meta">
          <span className={row.inNumerator ? 'tag' : 'tag tag--muted'}>{tf(row.inNumerator ? 'records.inNumerator' : 'records.onlyDenominator')}</span>
        </span>
      ) : null}
    </>
  );
  return row.href ? (
    <Link to={row.href} className="row-link">
      {body}
    </Link>
  ) : (
    <div className="row-link row-link--static">{body}</div>
  );
}
