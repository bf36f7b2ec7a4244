// The read-aloud spelling of result codes (format 2): Crockford's base32, 32 symbols with no look-alike
// letters (no I, L, O or U), read case-insensitively, with I and L read as 1 and O as 0 because that is what
// a person hearing or copying them meant. Shown in groups of four; spaces and dashes between groups are
// ignored. One byte string has one canonical text: the unused low bits of the last symbol must be zero and
// a length no byte string gives is refused.
export const SPOKEN_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUE = new Map<string, number>([...SPOKEN_ALPHABET].map((ch, i) => [ch, i]));
for (const [alias, ch] of [
  ['O', '0'],
  ['I', '1'],
  ['L', '1'],
] as const)
  VALUE.set(alias, VALUE.get(ch)!);

/** True for a character that spells a symbol (in either case, look-alikes included). */
export function isSpokenChar(ch: string): boolean {
  return VALUE.has(ch.toUpperCase());
}

export function toSpoken(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += SPOKEN_ALPHABET[(acc >> bits) & 31];
    }
  }
  if (bits > 0) out += SPOKEN_ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

/** The bytes, or null when the text is not a canonical spelling (bad symbol, bad length, stray bits). */
export function fromSpoken(text: string): Uint8Array | null {
  const symbols = text.replace(/[\s-]+/g, '').toUpperCase();
  const count = Math.floor((symbols.length * 5) / 8);
  // Only lengths that some byte string gives: ceil(8n / 5) symbols for n bytes.
  if (Math.ceil((count * 8) / 5) !== symbols.length) return null;
  const bytes = new Uint8Array(count);
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const ch of symbols) {
    const v = VALUE.get(ch);
    if (v === undefined) return null;
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}
