// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import writeHeaders from './src/integrations/security-headers';
import { securityHeaders } from './src/lib/security-headers';
import siteUrlCheck from './src/integrations/site-url';
import notFoundPages, { notInSitemap } from './src/integrations/not-found-pages';
import { siteAddress } from './src/lib/site';
import { contentDir } from './src/lib/content-dir';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { satteriHeadingLinks } from './src/lib/heading-links';

// The public address: the one setting SITE_URL (README, "Deploying").
const address = siteAddress();

// MDX through Sätteri, Astro's own Rust processor. One plugin gives every heading its id (ASCII ones
// on pages not in English) and each h2/h3 its link; Astro's heading-id plugin runs after it and keeps those ids.
// The heading link's hidden label in each language, from the chrome's words (content/ui.yaml, content/es/ui.yaml).
const headingLabels = Object.fromEntries(
  [['en', 'ui.yaml'], ['es', 'es/ui.yaml']].flatMap(([lang, file]) => {
    const path = new URL(`${contentDir()}/${file}`, `file://${process.cwd()}/`);
    return existsSync(path) ? [[lang, parseYaml(readFileSync(path, 'utf8')).headingLink]] : [];
  }),
);
const markdown = satteri({ hastPlugins: [satteriHeadingLinks({ labels: headingLabels })] });

export default defineConfig({
  site: address.url,
  // The fixture tests and the bench build other content folders side by side with the real site.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External files only: the Content-Security-Policy (src/lib/security-headers.ts) allows no inline script or style.
    inlineStylesheets: 'never',
  },
  // The search index and the service worker are built after Astro exits (scripts/after-build.ts, run by `npm run build`).
  integrations: [siteUrlCheck(address.configured), mdx({ processor: markdown }), sitemap({ filter: notInSitemap }), notFoundPages(), writeHeaders()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX article raised this warning on every build: a known false alarm (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // `npm start` and the browser tests get the headers a CDN sends from dist/_headers.
    preview: { headers: { ...securityHeaders } },
  },
});
