/**
 * Phone and text links for the help lines. The lines themselves (names, numbers, notes, sources)
 * live in content/helplines.yaml; this module only turns their digits into links, and refuses
 * anything that is not a plain run of digits, so a typo can never dial a wrong or partial number.
 */

/** A number to call or text: `dial` is what the phone dials, digits only. */
export interface Dialable {
  /** Who or what it reaches, for error messages. */
  name: string;
  dial: string;
}

/** 3 digits (911, 988) up to 15 (the longest international number). */
export const DIAL_PATTERN = /^\d{3,15}$/;

export function isDialable(dial: string): boolean {
  return DIAL_PATTERN.test(dial);
}

function checked(line: Dialable): string {
  if (!isDialable(line.dial)) throw new Error(`Help line "${line.name}" has a bad number to dial: "${line.dial}" (digits only)`);
  return line.dial;
}

/** `tel:` link for a call. */
export function telHref(line: Dialable): string {
  return `tel:${checked(line)}`;
}

/**
 * `sms:` link that opens a new text message to a number or short code. No prefilled body: phones
 * disagree on how to pass one (`?body=` vs `;body=`), so the page says in words what to send.
 */
export function smsHref(line: Dialable): string {
  return `sms:${checked(line)}`;
}

/** The digits a shown number dials ("1-800-662-4357" → "18006624357"), to check display against dial. */
export function digitsOf(shown: string): string {
  return shown.replace(/\D/g, '');
}

/** True when what the reader sees dials exactly what the link dials. */
export function showsWhatItDials(shown: string, dial: string): boolean {
  return digitsOf(shown) === dial;
}
