/** A host company's trial opening (being built: issue 11). */
export function OpeningEditorScreen() {
  return null;
}
