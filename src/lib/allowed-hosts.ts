/**
 * The only hosts the guide may link to: public-health agencies, regulators, the journals and
 * bodies behind our references, and the help lines. A link elsewhere fails the link test.
 * A host matches itself and its subdomains (nih.gov covers nida.nih.gov).
 */
export const allowedHosts = [
  'nih.gov',
  'thelancet.com', // The Lancet: X:BOT trial (Lee et al.) cited in the medications article
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
  'weather.gov', // "Leave this site" opens the National Weather Service: a neutral page (content/privacy.yaml)
  'bccsu.helpjuice.com', // BC Centre on Substance Use: its clinical guidance (DSM-5-TR criteria appendix) is hosted here
  'govinfo.gov', // Government Publishing Office: official text of Federal Register rules (telemedicine extension 2025-24123)
  'cms.gov', // Centers for Medicare & Medicaid Services: federal parity (MHPAEA) guidance
  'hrsa.gov', // Health Resources and Services Administration: community health centers and the Find a Health Center tool
  'healthcare.gov', // the federal Health Insurance Marketplace, where people apply for Medicaid or marketplace coverage
  'guidelinecentral.com', // publishes ASAM's official summary of its 2023 buprenorphine/fentanyl clinical considerations
  'heart.org', // American Heart Association: CPR guidance and opioid-emergency algorithm (eccguidelines.heart.org, cpr.heart.org)
  'ahajournals.org', // AHA journals: the 2021 AHA scientific statement on opioid-associated cardiac arrest (Circulation)
  'phlr.org', // Center for Public Health Law Research: the LawAtlas/PDAPS Good Samaritan overdose law dataset
  'ncsl.org', // National Conference of State Legislatures: overview of state overdose Good Samaritan laws
  'bjatraining.org', // Bureau of Justice Assistance (U.S. DOJ) Law Enforcement Naloxone Toolkit
  'drugabuse.gov', // NIDA's former domain (teens.drugabuse.gov naloxone explainer)
  'ahrq.gov', // Agency for Healthcare Research and Quality (HHS): fentanyl test strip access and state law
  'maryland.gov', // Maryland Department of Health: naloxone steps, recovery position, safe storage of opioids
  'cdph.ca.gov', // California Department of Public Health: overdose signs and naloxone storage
  'frederickcountymd.gov', // Frederick County (Maryland) Health Department: harm reduction FAQ on lowering overdose risk
];

export function isAllowedHost(host: string, allowed: readonly string[] = allowedHosts): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return allowed.some((a) => h === a || h.endsWith(`.${a}`));
}
