/** The programme's settings per fiscal year (being built: issue 11). */
export function ProgrammeSettingsScreen() {
  return null;
}
