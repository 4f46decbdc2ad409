/** Success fees by status and fiscal year (being built: issue 11). */
export function FeeListScreen() {
  return null;
}
