// Test helpers that edit a result code below its checksum, as a forger would: the payload as a string of
// '0' and '1', edited, then padded and signed again with a correct checksum for the current format.
import { RESULT_CODE_VERSION } from '../../src/sim';
import { toBase64Url } from '../../src/sim/base64url';
import { fromSpoken, toSpoken } from '../../src/sim/code-spoken';
import { crc32 } from '../../src/sim/crc32';

/** The payload bytes of a current-format code (its checksum dropped). */
export function payloadOf(code: string): Uint8Array {
  const bytes = fromSpoken(code.replace(/\s+/g, '').replace(/^SJ[0-9]+-/i, ''));
  if (!bytes) throw new Error(`not a code: ${code}`);
  return bytes.slice(0, bytes.length - 4);
}

/** A code for these payload bytes, signed with a correct checksum (format 1 was spelled in base64url). */
export function signed(payload: Uint8Array, format = RESULT_CODE_VERSION): string {
  const sum = crc32(Uint8Array.of(format, ...payload));
  const bytes = Uint8Array.of(...payload, sum & 255, (sum >>> 8) & 255, (sum >>> 16) & 255, sum >>> 24);
  return `SJ${format}-${format === 1 ? toBase64Url(bytes) : toSpoken(bytes)}`;
}

export const bitsOf = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(2).padStart(8, '0')).join('');

/** Bytes from bits, the last byte padded with zeros as the encoder pads. */
export function bytesOf(bits: string): Uint8Array {
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
  return Uint8Array.from(padded.match(/.{8}/g) ?? [], (b) => Number.parseInt(b, 2));
}

export const uintBits = (value: number, width: number) => value.toString(2).padStart(width, '0');

/** A varuint as the code writes it: groups of a continuation bit and 7 bits, low group first. */
export function varuintBits(value: number): string {
  let out = '';
  let rest = value;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    out += (rest > 0 ? '1' : '0') + uintBits(low, 7);
  } while (rest > 0);
  return out;
}

/**
 * The code with its payload's bits from `at` to `at + remove` replaced by `insert`, signed again. The
 * encoder's zero padding stays at the end, so the edit must add or remove whole bytes, unless `ragged`
 * says the decoder is expected to stop before it reaches the end.
 */
export function spliceBits(code: string, at: number, remove: number, insert: string, ragged = false): string {
  if (!ragged && (insert.length - remove) % 8 !== 0)
    throw new Error('spliceBits: the edit must change the length by whole bytes');
  const bits = bitsOf(payloadOf(code));
  return signed(bytesOf(bits.slice(0, at) + insert + bits.slice(at + remove)));
}

/** Rewrites a code's payload bytes in place and signs it again. */
export function forge(code: string, edit: (payload: Uint8Array) => void): string {
  const payload = payloadOf(code);
  edit(payload);
  return signed(payload);
}
