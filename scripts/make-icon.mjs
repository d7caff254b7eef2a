// Draws images/icon.png (128x128 RGBA): a policy page with text lines, one of them underlined
// by a warning squiggle, on a dark rounded square. Plain Node (zlib), 4x4 supersampling.
// Run `node scripts/make-icon.mjs` to regenerate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4;

const BG = [29, 53, 87];
const PAGE = [248, 249, 250];
const FOLD = [200, 210, 222];
const TEXT = [120, 135, 155];
const FIGURE = [42, 157, 143];
const SQUIGGLE = [244, 162, 35];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

// Page with its top-right corner folded.
const PX0 = 28,
  PY0 = 14,
  PX1 = 100,
  PY1 = 114,
  F = 20;
const lines = [
  { y: 36, x1: 76, color: TEXT },
  { y: 50, x1: 88, color: TEXT },
  { y: 64, x1: 84, color: TEXT, squiggle: true },
  { y: 84, x1: 60, color: TEXT, figure: [64, 88] },
  { y: 98, x1: 80, color: TEXT },
];

function colourAt(x, y) {
  if (!inRoundRect(x, y, 0, 0, SIZE, SIZE, 24)) return null;
  let c = BG;
  const inPage = inRect(x, y, PX0, PY0, PX1, PY1) && !(x > PX1 - F && y < PY0 + F && x - (PX1 - F) > y - PY0);
  if (inPage) {
    c = PAGE;
    if (x > PX1 - F && y < PY0 + F && x - (PX1 - F) <= y - PY0) c = FOLD;
    for (const l of lines) {
      if (inRoundRect(x, y, 40, l.y - 3.5, l.x1, l.y + 3.5, 3.5)) c = l.color;
      if (l.figure && inRoundRect(x, y, l.figure[0], l.y - 3.5, l.figure[1], l.y + 3.5, 3.5)) c = FIGURE;
      if (l.squiggle && x >= 39 && x <= l.x1 + 1) {
        const wave = l.y + 9 + 2.6 * Math.sin(((x - 39) / 8) * 2 * Math.PI);
        if (Math.abs(y - wave) <= 1.9) c = SQUIGGLE;
      }
    }
  }
  return c;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = colourAt(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a++;
      }
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    if (a) {
      raw[o] = Math.round(r / a);
      raw[o + 1] = Math.round(g / a);
      raw[o + 2] = Math.round(b / a);
    }
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
