/**
 * The placement ledgers of a fiscal year (求人管理簿・求職管理簿・手数料管理簿), built on the device from
 * the records (src/domain/placement-ledgers.ts), each with its row count, a preview of its first lines and
 * a CSV for Excel. Admins only (auth/role-access.ts): the 求職管理簿 names deleted seekers, whose kept
 * lines only admins' devices receive. The year lives in the URL, so back and reload return to it.
 */
import { useMemo } from 'react';
import { fiscalYearLabel, fiscalYearOf } from '../../../domain/fiscal-year';
import { ledgerFiscalYears, placementLedgers, type PlacementLedgers } from '../../../domain/placement-ledgers';
import { PageHeader } from '../../../components/ui/page-header';
import { Select } from '../../../components/ui/select';
import { downloadCsv, excelCsv } from '../../../lib/csv';
import { todayIso } from '../../../lib/dates';
import { useUrlFilter } from '../../../lib/use-url-filter';
import { useLedgerInput } from '../../../storage/hooks/use-ledger-input';
import { LEDGER_KINDS, ledgerFileName, ledgerTable, type LedgerKind } from '../ledger-table';
import { useLedgerMessages } from '../messages';
import '../placement-ledgers.css';

/** Enough lines to check the columns without a long page on a tablet. */
const PREVIEW_ROWS = 5;
/** Amounts and counts with digit grouping on screen; the CSV keeps plain numbers Excel can sum. */
const NUMBER = new Intl.NumberFormat('ja-JP');

export function PlacementLedgersScreen() {
  const { tf, lang } = useLedgerMessages();
  const url = useUrlFilter();
  const input = useLedgerInput();
  const today = todayIso();
  const years = useMemo(() => (input ? ledgerFiscalYears(input, today) : []), [input, today]);
  // Opens on this fiscal year (always offered), or the one the URL names.
  const year = input ? (years.find((y) => String(y) === url.get('year')) ?? fiscalYearOf(today)) : undefined;
  const ledgers = useMemo(() => (input && year !== undefined ? placementLedgers(input, year) : undefined), [input, year]);
  return (
    <section className="screen placement-ledgers">
      <PageHeader title={tf('title')}>
        <div className="filters">
          <label className="filters__item">
            <span>{tf('year')}</span>
            <Select
              value={year === undefined ? '' : String(year)}
              options={years.map((y) => ({ value: String(y), label: fiscalYearLabel(y, lang) }))}
              onChange={(e) => url.set('year', e.target.value)}
            />
          </label>
        </div>
      </PageHeader>
      <p className="placement-ledgers__intro">{tf('intro')}</p>
      <p className="placement-ledgers__note">{tf('handNote')}</p>
      {ledgers === undefined || year === undefined ? (
        <p role="status">{tf('loading')}</p>
      ) : (
        LEDGER_KINDS.map((kind) => <LedgerSection key={kind} kind={kind} ledgers={ledgers} yearLabel={fiscalYearLabel(year, 'ja')} />)
      )}
    </section>
  );
}

function LedgerSection({ kind, ledgers, yearLabel }: { kind: LedgerKind; ledgers: PlacementLedgers; yearLabel: string }) {
  const { tf } = useLedgerMessages();
  const table = useMemo(() => ledgerTable(kind, ledgers), [kind, ledgers]);
  const title = tf(`ledger.${kind}`);
  const headingId = `ledger-${kind}`;
  const shown = table.rows.slice(0, PREVIEW_ROWS);
  return (
    <section className="placement-ledgers__ledger" aria-labelledby={headingId} data-testid={`ledger-${kind}`}>
      <div className="placement-ledgers__head">
        <h2 id={headingId}>
          {title} <span className="placement-ledgers__count">{tf('rows', { n: table.rows.length })}</span>
        </h2>
        <button
          type="button"
          className="button button--primary"
          disabled={table.rows.length === 0}
          onClick={() => downloadCsv(ledgerFileName(kind, yearLabel), excelCsv(table.header, table.rows))}
        >
          {tf('export', { ledger: tf(`file.${kind}`) })}
        </button>
      </div>
      {table.rows.length === 0 ? (
        <p className="empty">{tf('empty')}</p>
      ) : (
        <>
          <p className="placement-ledgers__caption" id={`${headingId}-caption`}>
            {tf('preview', { n: shown.length, total: table.rows.length })}
          </p>
          {/* Focusable so a keyboard can scroll the wide table sideways. */}
          <div className="placement-ledgers__scroll" tabIndex={0} role="region" aria-labelledby={`${headingId} ${headingId}-caption`}>
            <table className="placement-ledgers__table">
              <thead>
                <tr>
                  {table.header.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((cells, i) => (
                  <tr key={i}>
                    {cells.map((c, j) =>
                      typeof c === 'number' ? (
                        <td key={j} className="placement-ledgers__num">
                          {NUMBER.format(c)}
                        </td>
                      ) : (
                        <td key={j}>{c}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
