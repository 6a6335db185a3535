/**
 * The quick-exit shortcut: Escape pressed twice within a second leaves the site (see
 * src/components/QuickExit.astro). Pure logic, so the timing rules are unit-tested.
 */

/** How close together the two presses must be. */
export const DOUBLE_PRESS_MS = 1000;

/**
 * A detector for two presses within `windowMs`. Call it with the time of each press; it answers
 * true on the second press of a pair (and then starts over, so a third press alone does nothing).
 */
export function doublePress(windowMs: number = DOUBLE_PRESS_MS): (now: number) => boolean {
  let last: number | null = null;
  return (now: number) => {
    if (last !== null && now - last >= 0 && now - last <= windowMs) {
      last = null;
      return true;
    }
    last = now;
    return false;
  };
}

/** What the shortcut needs to know about a keydown. */
export interface ExitKey {
  key: string;
  /** Held down and repeating: not a deliberate second press. */
  repeat: boolean;
  /** Typing with an input method (e.g. Chinese, Japanese): Escape cancels the composition. */
  isComposing: boolean;
  /** The key went to a text field that still holds text: Escape there clears the field first. */
  inFilledField: boolean;
}

/** Does this keydown count as one press toward leaving? */
export function countsTowardExit(e: ExitKey): boolean {
  return e.key === 'Escape' && !e.repeat && !e.isComposing && !e.inFilledField;
}
