import type { APIRoute } from 'astro';
import { png, type Rgb } from '../lib/png';

// The home-screen icon, drawn at build time like the social image: a white plus on the brand colour.
const brand: Rgb = [13, 92, 99];
const white: Rgb = [255, 255, 255];

export const GET: APIRoute = () => {
  const image = png(512, 512, (x, y) => {
    const dx = Math.abs(x - 256);
    const dy = Math.abs(y - 256);
    return (dx <= 40 && dy <= 140) || (dy <= 40 && dx <= 140) ? white : brand;
  });
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
