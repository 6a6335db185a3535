import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../lib/site';

/** A production build without SITE_URL says so clearly (a warning, not an error: CI builds without it). */
export default function siteUrlIntegration(configured: boolean): AstroIntegration {
  return {
    name: 'guide:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!configured) logger.warn(siteUrlWarning);
      },
    },
  };
}
