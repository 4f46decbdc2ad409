/** Proposing or editing a trial placement (being built: issue 11). */
export function PlacementEditorScreen() {
  return null;
}
