/**
 * The only hosts the guide may link to: public-health agencies, regulators, the journals and
 * bodies behind our references, and the help lines. A link elsewhere fails the link test.
 * A host matches itself and its subdomains (nih.gov covers nida.nih.gov).
 */
export const allowedHosts = [
  'nih.gov',
  'samhsa.gov',
  'hhs.gov',
  'cdc.gov',
  'fda.gov',
  'dea.gov',
  'justice.gov',
  'ada.gov',
  'medicaid.gov',
  'federalregister.gov',
  'ecfr.gov',
  'congress.gov',
  'findtreatment.gov',
  'usa.gov',
  'medlineplus.gov',
  'va.gov',
  '988lifeline.org',
  'nationalacademies.org',
  'cochranelibrary.com',
  'psychiatry.org',
  'asam.org',
  'acog.org',
  'who.int',
  'cpicpgx.org',
  'pharmgkb.org',
  'recoveryanswers.org',
  'na.org',
  'smartrecovery.org',
  'nar-anon.org',
  'al-anon.org',
  'poison.org',
  'naloxoneforall.org',
];

export function isAllowedHost(host: string, allowed: readonly string[] = allowedHosts): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return allowed.some((a) => h === a || h.endsWith(`.${a}`));
}
