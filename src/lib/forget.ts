/**
 * "Remove this site from this device" (/privacy/): what was found and removed, in words.
 * The browser work is in src/components/forget-device.ts; this turns its result into sentences.
 */

export interface ForgetResult {
  /** Keys that were in this site's localStorage (only ever "theme"). */
  storedKeys: number;
  /** Cache Storage caches deleted (the offline copy). */
  caches: number;
  /** Service worker registrations removed. */
  workers: number;
  /** Something could not be deleted (storage blocked, an API threw). */
  failed: boolean;
}

export interface ForgetCopy {
  removedTheme: string;
  noTheme: string;
  removedOffline: string;
  noOffline: string;
  failed: string;
  after: string;
}

/** The sentences to show once removal has finished, in reading order. */
export function forgetReport(result: ForgetResult, copy: ForgetCopy): string[] {
  const lines = [
    result.storedKeys > 0 ? copy.removedTheme : copy.noTheme,
    result.caches > 0 || result.workers > 0 ? copy.removedOffline : copy.noOffline,
  ];
  if (result.failed) lines.push(copy.failed);
  lines.push(copy.after);
  return lines;
}
