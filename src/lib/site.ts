export const site = {
  name: 'Heroin Treatment Guide',
  tagline: 'Plain-language, cited information about treatment for heroin and other opioid addiction.',
};

/** The public address. Deploys set SITE_URL so canonical links and the sitemap match the host. */
export const siteUrl = (process.env.SITE_URL || 'https://heroin-treatment-guide.example').replace(/\/+$/, '');
