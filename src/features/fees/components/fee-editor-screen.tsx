/** One success fee (being built: issue 11). */
export function FeeEditorScreen() {
  return null;
}
