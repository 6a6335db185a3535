import type { APIRoute } from 'astro';
import { markPng } from '../lib/brand-mark';

// The home-screen icon (web app manifest), drawn at build time from the favicon.
export const GET: APIRoute = async () => new Response(new Uint8Array(await markPng(512, 512)), { headers: { 'Content-Type': 'image/png' } });
