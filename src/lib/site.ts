/** The site's name, in both languages (a name, not copy: the tagline is in content/ui.yaml `home`). */
export const site = { name: 'Heroin Treatment Guide' };

/** Used when SITE_URL is not set (development, tests, CI): a reserved name that can never be a real site. */
export const placeholderSiteUrl = 'https://heroin-treatment-guide.example';

export interface SiteAddress {
  /** The public address, without a trailing slash. */
  url: string;
  /** False when SITE_URL was not given and the placeholder is in use. */
  configured: boolean;
}

/**
 * The site's public address: the one setting SITE_URL (README, "Deploying"). Canonical links, link
 * previews (Open Graph), JSON-LD, the sitemap, robots.txt and printed page addresses all come from it
 * (astro.config.mjs passes it to Astro as `site`). A SITE_URL that is not a full http(s) address stops
 * the build; a missing one falls back to the placeholder, and a production build warns about it.
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const given = env.SITE_URL?.trim();
  if (!given) return { url: placeholderSiteUrl, configured: false };
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw new Error(`SITE_URL is not a web address: "${given}". Give the full public address, like https://www.example.org`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (it is "${given}").`);
  }
  if (parsed.search || parsed.hash) throw new Error(`SITE_URL must be the site's address only, without ?query or #fragment (it is "${given}").`);
  return { url: `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, ''), configured: true };
}

/** The warning a production build prints when SITE_URL is not set. */
export const siteUrlWarning =
  `SITE_URL is not set, so canonical links, link previews, the sitemap and printed page addresses point at ` +
  `the placeholder ${placeholderSiteUrl}. Fine for tests and CI; for the real site, build with ` +
  `SITE_URL=https://your-address (README, "Deploying").`;

/** The public address. Deploys set SITE_URL so canonical links and the sitemap match the host. */
export const siteUrl = siteAddress().url;
