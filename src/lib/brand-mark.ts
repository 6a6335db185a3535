import sharp from 'sharp';
import favicon from '../../public/favicon.svg?raw';

/** The favicon's background colour, which fills its rounded corners and the space around it. */
export const BRAND = '#0d5c63';

/**
 * The site's mark (public/favicon.svg, a white plus on the brand colour) as a PNG of any size, for
 * the home-screen icon and the link-preview image: the mark fills the shorter side, centred, and
 * the brand colour fills the rest edge to edge (a maskable icon may have no transparent corners).
 */
export async function markPng(width: number, height: number): Promise<Buffer> {
  const side = Math.min(width, height);
  const across = width - side;
  const down = height - side;
  return sharp(Buffer.from(favicon), { density: (72 * side) / 32 }) // the SVG is 32 units square
    .resize(side, side)
    .flatten({ background: BRAND })
    .extend({ left: Math.floor(across / 2), right: Math.ceil(across / 2), top: Math.floor(down / 2), bottom: Math.ceil(down / 2), background: BRAND })
    .png()
    .toBuffer();
}
