/** 「この求人で提案」: opens the new placement form with the seeker, company and opening filled in. */
import { Link } from 'react-router';
import { useMatchingMessages } from '../messages';

export function ProposeLink({ seekerId, companyId, openingId, context }: { seekerId: string; companyId: string; openingId: string; context: string }) {
  const { tf } = useMatchingMessages();
  const query = new URLSearchParams({ seekerId, companyId, openingId });
  return (
    <Link className="button button--secondary match-item__action" to={`/placements/new?${query.toString()}`}>
      {tf('propose')}
      {/* Every row has the same visible words; the hidden context tells a screen reader which one this is. */}
      <span className="visually-hidden">{context}</span>
    </Link>
  );
}
