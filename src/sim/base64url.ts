// base64url (RFC 4648 §5, no padding) in plain TypeScript, so the sim needs neither Buffer nor btoa.
// Decoding is strict: one text for one byte string, so an edit can never decode to the same bytes.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

export function isBase64UrlChar(ch: string): boolean {
  return VALUE.has(ch);
}

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes, or null when the text is not canonical base64url (bad character, bad length, stray bits). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const ch of text) {
    const v = VALUE.get(ch);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >> bits) & 0xff;
    }
  }
  // The last character's unused low bits must be zero, or two texts would give the same bytes.
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}
