#!/usr/bin/env node
// Draws the extension icon — a blue rounded square with a white lens — at the
// sizes the stores and toolbars ask for, into public/icon/<size>.png (WXT
// lists those in the manifest). Node built-ins only: shapes are signed
// distance functions, each pixel supersampled 4×4 for smooth edges, and the
// PNG is written by hand (RGBA, zlib). Run once after changing the drawing:
//   node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [37, 99, 235]; // the underline colour of painted names
const WHITE = [255, 255, 255];
const SAMPLES = 4;

// Shapes in a unit square (0..1), distance < 0 inside.
function roundedSquare(x, y) {
  const half = 0.46;
  const radius = 0.2;
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const LENS = { x: 0.44, y: 0.44, radius: 0.19, stroke: 0.085 };
function ring(x, y) {
  return Math.abs(Math.hypot(x - LENS.x, y - LENS.y) - LENS.radius) - LENS.stroke / 2;
}

function segment(x, y, ax, ay, bx, by, width) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - width / 2;
}

const handleStart = LENS.radius + LENS.stroke / 2;
function handle(x, y) {
  const a = LENS.x + handleStart * Math.SQRT1_2;
  return segment(x, y, a, a, 0.73, 0.73, 0.11);
}

function pixel(px, py, size) {
  let square = 0;
  let glyph = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (roundedSquare(x, y) >= 0) continue;
      square++;
      if (ring(x, y) < 0 || handle(x, y) < 0) glyph++;
    }
  }
  if (square === 0) return [0, 0, 0, 0];
  const white = glyph / square;
  const [r, g, b] = BLUE.map((c, i) => Math.round(c + (WHITE[i] - c) * white));
  return [r, g, b, Math.round((255 * square) / (SAMPLES * SAMPLES))];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // compression, filter and interlace methods: all 0
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4); // each row starts with filter type 0 (none)
    for (let x = 0; x < size; x++) rows.set(pixel(x, y, size), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const file = `public/icon/${size}.png`;
  writeFileSync(file, png(size));
  console.log(file);
}
