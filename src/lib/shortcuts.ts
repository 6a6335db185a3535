interface KeyLike { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }
interface ElementLike { tagName: string; isContentEditable?: boolean }

/** True when "/" should jump to search: a bare slash, pressed outside any text field. */
export function isSlashShortcut(event: KeyLike, active: ElementLike | null): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (!active) return true;
  const tag = active.tagName.toUpperCase();
  return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || active.isContentEditable);
}
