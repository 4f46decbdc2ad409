/** A coordinator's day: what is due, overdue first (being built: issue 11). */
export function DayListScreen() {
  return null;
}
