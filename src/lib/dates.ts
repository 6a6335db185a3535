/** Health pages are reviewed at least once a year (NHS practice); this gives the due date. */
export function nextReviewDue(lastReviewed: Date, months = 12): Date {
  const due = new Date(lastReviewed.getTime());
  due.setUTCMonth(due.getUTCMonth() + months);
  return due;
}

/** "5 March 2026": unambiguous for US and other readers alike. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
