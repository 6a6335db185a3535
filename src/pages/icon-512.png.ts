import type { APIRoute } from 'astro';
import { plusMark } from '../lib/png';

// The home-screen icon (web app manifest), drawn at build time like the social image.
export const GET: APIRoute = () =>
  new Response(new Uint8Array(plusMark(512, 512, 140, 40)), { headers: { 'Content-Type': 'image/png' } });
