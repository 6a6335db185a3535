/**
 * Health pages are reviewed at least once a year (NHS practice); a page with a time-bound claim
 * is due no later than that claim's date.
 */
export function nextReviewDue(lastReviewed: Date, earliestClaim?: Date, months = 12): Date {
  const due = new Date(lastReviewed.getTime());
  due.setUTCMonth(due.getUTCMonth() + months);
  return earliestClaim && earliestClaim < due ? new Date(earliestClaim.getTime()) : due;
}

// One formatter a language: making one costs far more than using it, and every page shows dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "25 November 2026" (unambiguous for US and other readers alike); in Spanish "25 de noviembre de 2026". */
export function formatDate(date: Date, lang = 'en'): string {
  let format = formatters.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, format);
  }
  return format.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
