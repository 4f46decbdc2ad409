/**
 * 成功報酬: fees earned (their hire in the period), invoiced and paid in the period, and the paid fees'
 * share of the fiscal year's 事業費. The seeker filters reach a fee through its placement's seeker, with the
 * age on the day counted (the hire, the invoice, the payment).
 */
import {
  KPI_META,
  select,
  subjectOf,
  sumKpi,
  type ReportContext,
  type SectionFigures,
  type Tagged,
} from './grant-report-figures';
import type { FeeFacts, PreparedReport } from './grant-report-prepare';

export function feeFigures(prepared: PreparedReport, ctx: ReportContext): SectionFigures {
  const { filter, period } = ctx;
  const on = (dayOf: (f: FeeFacts) => string) =>
    select(
      prepared.fees.map((f): Tagged => ({
        id: f.fee.id,
        day: dayOf(f),
        subject: subjectOf(f.person, dayOf(f)),
        amount: f.fee.amount,
      })),
      period,
      filter,
    );
  const paid = sumKpi(
    'feesPaid',
    on((f) => f.fee.paidOn),
  );
  const cost = prepared.programmeCosts.get(filter.fiscalYear) ?? 0;
  return {
    kpis: {
      feesEarned: sumKpi(
        'feesEarned',
        on((f) => f.placement.hiredOn),
      ),
      feesInvoiced: sumKpi(
        'feesInvoiced',
        on((f) => f.fee.invoicedOn),
      ),
      feesPaid: paid,
      feeShareOfCost: {
        key: 'feeShareOfCost',
        ...KPI_META.feeShareOfCost,
        value: cost > 0 ? paid.value! / cost : null,
        numerator: paid.value!,
        denominator: cost,
        ids: paid.ids,
      },
    },
    breakdowns: [],
  };
}
