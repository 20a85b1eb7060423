/** Random ids: UUID v4 text (36 characters, fits the API's 8–128 / 8–64 limits). */
interface CryptoLike {
  getRandomValues(array: Uint8Array): Uint8Array;
}

function randomBytes(n: number): Uint8Array {
  const c = (globalThis as { crypto?: CryptoLike }).crypto;
  const bytes = new Uint8Array(n);
  if (c && typeof c.getRandomValues === "function") return c.getRandomValues(bytes);
  for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

export function uuid(): string {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h: string[] = [];
  for (let i = 0; i < 16; i++) h.push((b[i] + 0x100).toString(16).slice(1));
  return `${h.slice(0, 4).join("")}-${h.slice(4, 6).join("")}-${h.slice(6, 8).join("")}-${h
    .slice(8, 10)
    .join("")}-${h.slice(10).join("")}`;
}
