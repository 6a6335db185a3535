import { inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { crc32, png } from '../../src/lib/png';

test('crc32 matches the standard check value', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
});

test('png writes a valid signature, size and the painted pixels', () => {
  const image = png(3, 2, (x, y) => [x * 10, y * 20, 7]);
  expect([...image.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(image.readUInt32BE(16)).toBe(3);
  expect(image.readUInt32BE(20)).toBe(2);
  const idatAt = image.indexOf('IDAT');
  const length = image.readUInt32BE(idatAt - 4);
  const raw = inflateSync(image.subarray(idatAt + 4, idatAt + 4 + length));
  // Row 1 (filter byte, then RGB triples): pixel (2,1) is [20, 20, 7].
  expect([...raw.subarray(10 + 1 + 6, 10 + 1 + 9)]).toEqual([20, 20, 7]);
});

test('plusMark is white at the centre and brand colour in the corner', async () => {
  const { plusMark } = await import('../../src/lib/png');
  const image = plusMark(21, 21, 6, 2);
  const idatAt = image.indexOf('IDAT');
  const raw = inflateSync(image.subarray(idatAt + 4, idatAt + 4 + image.readUInt32BE(idatAt - 4)));
  const pixel = (x: number, y: number) => [...raw.subarray(y * 64 + 1 + x * 3, y * 64 + 4 + x * 3)];
  expect(pixel(10, 10)).toEqual([255, 255, 255]);
  expect(pixel(0, 0)).toEqual([13, 92, 99]);
});
