/**
 * Totals of the fees shown: earned, invoiced (paid included) and paid, then what is still to invoice
 * and what waits for payment (入金済 is the paid total already, so it is not repeated).
 */
import { feeTotals, type StatusTotal } from '../../../domain/fees';
import { codeLabel } from '../../../lib/code-options';
import type { FeeRow } from '../../../storage/fee-queries';
import { formatYen } from '../../../lib/numbers';
import { useFeeMessages } from '../messages';

export function FeeTotals({ fees }: { fees: readonly FeeRow[] }) {
  const { t, tf } = useFeeMessages();
  const totals = feeTotals(fees);
  const cell = (label: string, total: StatusTotal, key: string) => (
    <div className="fee-totals__item" key={key} data-total={key}>
      <dt>{label}</dt>
      <dd>
        <span className="fee-totals__amount">{formatYen(total.amount)}</span>{' '}
        <span className="fee-totals__count">{tf('totals.count', { n: total.count })}</span>
      </dd>
    </div>
  );
  return (
    <section className="fee-totals" aria-labelledby="fee-totals-title">
      <h2 id="fee-totals-title" className="visually-hidden">
        {tf('totals.title')}
      </h2>
      <dl className="fee-totals__list">
        {cell(tf('totals.earned'), totals.earned, 'earned')}
        {cell(tf('totals.invoiced'), totals.invoiced, 'invoiced')}
        {cell(tf('totals.paid'), totals.paid, 'paid')}
      </dl>
      <dl className="fee-totals__list fee-totals__list--open">
        {cell(codeLabel(t, 'feeStatus', 'not_invoiced'), totals.byStatus.not_invoiced, 'status-not_invoiced')}
        {cell(tf('totals.awaitingPayment'), totals.byStatus.invoiced, 'status-invoiced')}
      </dl>
    </section>
  );
}
