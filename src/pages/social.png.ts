import type { APIRoute } from 'astro';
import { plusMark } from '../lib/png';

// The one shared link-preview image, drawn at build time.
export const GET: APIRoute = () =>
  new Response(new Uint8Array(plusMark(1200, 630, 150, 45)), { headers: { 'Content-Type': 'image/png' } });
