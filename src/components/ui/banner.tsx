/**
 * The page's message banners. Errors are announced at once (role=alert), confirmations politely
 * (role=status), so a screen reader hears a failure without the user hunting for it. Nothing is
 * rendered without a message, which lets callers pass an optional one straight through.
 */
import type { ReactNode } from 'react';

export function ErrorBanner({ message, id }: { message: ReactNode; id?: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="banner banner--error" role="alert">
      {message}
    </p>
  );
}

export function SuccessBanner({ message }: { message: ReactNode }) {
  if (!message) return null;
  return (
    <p className="banner banner--success" role="status">
      {message}
    </p>
  );
}
