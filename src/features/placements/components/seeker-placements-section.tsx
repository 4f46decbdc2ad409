/** A seeker's trials, retention checks, and proposing one (being built: issue 11). */
import type { Seeker } from '../../../shared/entities';

export function SeekerPlacementsSection(_props: { seeker: Seeker }) {
  return null;
}
