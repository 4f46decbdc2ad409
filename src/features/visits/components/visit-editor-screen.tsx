/** Logging a company visit (being built: issue 11). */
export function VisitEditorScreen() {
  return null;
}
