import sharp from 'sharp';
import { expect, test } from 'vitest';
import { markPng } from '../../src/lib/brand-mark';

const brand = [13, 92, 99];
const white = [255, 255, 255];

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { info, at: (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)] };
}

test.each([[512, 512], [1200, 630]])('a %i × %i PNG: white plus at the centre, brand colour in every corner', async (width, height) => {
  const png = await markPng(width, height);
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  const { info, at } = await pixels(png);
  expect([info.width, info.height]).toEqual([width, height]);
  expect(at(width / 2, height / 2)).toEqual(white);
  for (const [x, y] of [[0, 0], [width - 1, 0], [0, height - 1], [width - 1, height - 1]]) expect(at(x, y), `${x},${y}`).toEqual(brand);
  // Between the arms of the plus.
  expect(at(Math.round(width / 2 + height / 4), Math.round(height / 4))).toEqual(brand);
});
