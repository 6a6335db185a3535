/**
 * The slice of the guide's article list shown in each article's navigation: all of it for a
 * guide of ordinary size, and a window around the current article for a very large one, so a
 * site of thousands of articles does not repeat thousands of links on every page.
 */
export function navWindow<T>(items: T[], current: number, max = 25): { items: T[]; start: number; clipped: boolean } {
  if (items.length <= max) return { items, start: 0, clipped: false };
  const half = Math.floor(max / 2);
  const start = Math.min(Math.max(0, current - half), items.length - max);
  return { items: items.slice(start, start + max), start, clipped: true };
}
