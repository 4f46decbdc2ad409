/**
 * What an admin list shows for its server query: the server's error in words, the list once it is
 * there, "loading" while the first answer is awaited. Both admin lists read the same way.
 */
import type { ReactNode } from 'react';
import { ErrorBanner } from '../../../components/ui/banner';
import { apiErrorMessageKey } from '../../../lib/api-error-message';
import { useI18n } from '../../../lib/i18n/i18n';

type QueryState<T> = { data: T | undefined; error: unknown; isPending: boolean };

export function AdminQueryBody<T>({ query, children }: { query: QueryState<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <ErrorBanner message={query.error ? t(apiErrorMessageKey(query.error)) : undefined} />
      {query.data ? children(query.data) : query.isPending ? <p aria-busy="true">{t('common.loading')}</p> : null}
    </>
  );
}
