/**
 * Picking lines out of the helplines collection for pages that offer one or two numbers
 * (self-check, printable summary). Fails the build, naming the file, if a line they need is gone.
 */
import type { StepLines } from './self-check';

interface LineEntry {
  id: string;
  data: { name: string; display?: string; dial?: string };
}

/** A line that must have a number: name, display and dial, or a build error. */
export function numberOf(entry: LineEntry | undefined, id: string): { name: string; display: string; dial: string } {
  if (!entry) throw new Error(`content/helplines.yaml: the "${id}" line is missing`);
  const { name, display, dial } = entry.data;
  if (!display || !dial) throw new Error(`content/helplines.yaml: "${id}" needs display and dial`);
  return { name, display, dial };
}

/** The two lines the self-check's next steps offer. */
export function stepLines(samhsa: LineEntry | undefined, lifeline: LineEntry | undefined): StepLines {
  return { samhsa: numberOf(samhsa, 'samhsa'), crisis: numberOf(lifeline, 'lifeline') };
}
