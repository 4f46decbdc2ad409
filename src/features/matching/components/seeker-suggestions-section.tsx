/** Openings that suit a seeker, with the reasons (being built: issue 11). */
import type { Seeker } from '../../../shared/entities';

export function SeekerSuggestionsSection(_props: { seeker: Seeker }) {
  return null;
}
