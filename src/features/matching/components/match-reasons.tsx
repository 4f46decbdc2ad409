/** A suggestion's reasons as short chips, in the order the ranking weighs them; consent stands out. */
import type { MatchReason } from '../../../domain/matching';
import { codeLabel } from '../../../lib/code-options';
import { useMatchingMessages } from '../messages';

export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  const { t, tf } = useMatchingMessages();
  const text = (r: MatchReason): string => {
    switch (r.kind) {
      case 'industry':
        return tf('reason.industry', { industry: codeLabel(t, 'industry', r.industry) });
      case 'commute':
        return r.from === r.to
          ? tf('reason.commuteWithin', { town: codeLabel(t, 'town', r.from), minutes: r.minutes })
          : tf('reason.commute', { from: codeLabel(t, 'town', r.from), to: codeLabel(t, 'town', r.to), minutes: r.minutes });
      case 'places':
        return tf('reason.places', { open: r.open });
      case 'history':
        return tf('reason.history', { hired: r.hired, of: r.of });
      case 'consent':
        return tf(r.given ? 'reason.consentGiven' : 'reason.consentMissing');
    }
  };
  const tone = (r: MatchReason) => (r.kind === 'consent' ? (r.given ? 'tag--ok' : 'tag--warn') : '');
  return (
    <ul className="match-reasons" aria-label={tf('reasons.label')}>
      {reasons.map((r) => (
        <li key={r.kind} className={`tag match-reasons__item ${tone(r)}`}>
          {text(r)}
        </li>
      ))}
    </ul>
  );
}
