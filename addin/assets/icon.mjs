// The add-in's icon, drawn in code so no binary is committed: a bone with an exosome beside it,
// white on teal. Shapes are signed distance functions, supersampled for smooth edges at 16 px.
import { deflateSync } from "node:zlib";

const teal = [11, 106, 119];
const white = [255, 255, 255];
const amber = [247, 179, 43];

const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;

function segment(x, y, ax, ay, bx, by, r) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - r;
}

function roundedSquare(x, y, radius) {
  const qx = Math.abs(x - 0.5) - (0.5 - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** A bone from lower left to upper right: a bar with two knobs at each end. */
function bone(x, y) {
  const [ax, ay, bx, by] = [0.33, 0.72, 0.72, 0.33];
  const [px, py] = [0.07, 0.07]; // perpendicular offset of the knobs
  const [ux, uy] = [-0.035, 0.035]; // knobs sit a little beyond the bar's ends
  return Math.min(
    segment(x, y, ax, ay, bx, by, 0.065),
    circle(x, y, ax + px + ux, ay + py - uy, 0.095),
    circle(x, y, ax - px + ux, ay - py - uy, 0.095),
    circle(x, y, bx + px - ux, by + py + uy, 0.095),
    circle(x, y, bx - px - ux, by - py + uy, 0.095),
  );
}

/** RGBA at one point of the unit square, shapes painted back to front. */
function paint(x, y) {
  if (roundedSquare(x, y, 0.2) > 0) return [0, 0, 0, 0];
  if (bone(x, y) <= 0) return [...white, 255];
  if (circle(x, y, 0.3, 0.3, 0.115) <= 0) return [...amber, 255];
  return [...teal, 255];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The icon as a PNG of `size` × `size` pixels. */
export function iconPng(size) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const rgba = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          // Colours are summed weighted by alpha so transparent corners do not darken the edge.
          for (let i = 0; i < 3; i++) sum[i] += rgba[i] * (rgba[3] / 255);
          sum[3] += rgba[3];
        }
      }
      const alpha = sum[3] / samples ** 2;
      const weight = sum[3] / 255 || 1;
      const pixel = [sum[0] / weight, sum[1] / weight, sum[2] / weight, alpha].map((v) => Math.round(v));
      row.set(pixel, 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const iconSizes = [16, 32, 64, 80];
