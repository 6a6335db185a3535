import type { APIRoute } from 'astro';
import { markPng } from '../lib/brand-mark';

// The one shared link-preview image, drawn at build time from the favicon.
export const GET: APIRoute = async () => new Response(new Uint8Array(await markPng(1200, 630)), { headers: { 'Content-Type': 'image/png' } });
