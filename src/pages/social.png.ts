import type { APIRoute } from 'astro';
import { png, type Rgb } from '../lib/png';

// The one shared link-preview image, drawn at build time: the site's plus mark on its brand colour.
const brand: Rgb = [13, 92, 99];
const white: Rgb = [255, 255, 255];
const [w, h] = [1200, 630];

export const GET: APIRoute = () => {
  const image = png(w, h, (x, y) => {
    const dx = Math.abs(x - w / 2);
    const dy = Math.abs(y - h / 2);
    const arm = 150;
    const thick = 45;
    return (dx <= thick && dy <= arm) || (dy <= thick && dx <= arm) ? white : brand;
  });
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
