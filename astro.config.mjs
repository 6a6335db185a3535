// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';

// The public address. Deploys override it (SITE_URL) so canonical links and the sitemap match the host.
const site = process.env.SITE_URL || 'https://heroin-treatment-guide.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External files only: the Content-Security-Policy in public/_headers allows no inline script or style.
    inlineStylesheets: 'never',
  },
  integrations: [mdx(), sitemap(), pagefind()],
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
