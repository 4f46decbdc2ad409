/** One trial placement (being built: issue 11). */
export function PlacementDetailScreen() {
  return null;
}
