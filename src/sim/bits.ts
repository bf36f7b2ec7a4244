// A bit-level writer and reader for result codes: each choice takes only the bits its list needs.
// Bits are written most significant first, bytes in order.

/** Bits needed to store a value from 0 to count - 1 (0 bits when there is one choice or none). */
export function widthFor(count: number): number {
  let width = 0;
  while (1 << width < count) width++;
  return width;
}

export const MAX_VARUINT = 0xffffffff;

/** Bits that cannot be read as what was expected: the data ends early or spells a number two ways. */
export class BitReadError extends Error {
  override name = 'BitReadError';
}

export class BitWriter {
  private bytes: number[] = [];
  private bitCount = 0;

  /** Writes `value` in `width` bits (at most 30, so shifts stay exact). */
  write(value: number, width: number): void {
    if (width < 0 || width > 30 || !Number.isInteger(value) || value < 0 || value >= 1 << width)
      throw new RangeError(`${value} does not fit in ${width} bits`);
    for (let i = width - 1; i >= 0; i--) {
      const bit = (value >> i) & 1;
      const at = this.bitCount >> 3;
      if (at === this.bytes.length) this.bytes.push(0);
      if (bit) this.bytes[at]! |= 0x80 >> (this.bitCount & 7);
      this.bitCount++;
    }
  }

  /** A whole number up to 2^32 - 1, 7 bits at a time with a continuation bit. */
  writeVarUint(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > MAX_VARUINT)
      throw new RangeError(`${value} is not a whole number up to ${MAX_VARUINT}`);
    let rest = value;
    do {
      const low = rest % 128;
      rest = Math.floor(rest / 128);
      this.write(rest > 0 ? 1 : 0, 1);
      this.write(low, 7);
    } while (rest > 0);
  }

  writeBytes(bytes: Uint8Array): void {
    for (const b of bytes) this.write(b, 8);
  }

  /** The bytes written, the last one padded with zero bits. */
  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class BitReader {
  private at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Reads `width` bits; throws BitReadError past the end. */
  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++) {
      const byte = this.bytes[this.at >> 3];
      if (byte === undefined) throw new BitReadError('the code ends too early');
      value = value * 2 + ((byte >> (7 - (this.at & 7))) & 1);
      this.at++;
    }
    return value;
  }

  readVarUint(): number {
    let value = 0;
    let scale = 1;
    for (let group = 0; ; group++) {
      if (group > 4) throw new BitReadError('a number in the code is too long');
      const more = this.read(1);
      const low = this.read(7);
      // A last group of zero (other than a lone 0) would be a second spelling of the same number.
      if (!more && low === 0 && group > 0) throw new BitReadError('a number in the code is not canonical');
      value += low * scale;
      scale *= 128;
      if (value > MAX_VARUINT) throw new BitReadError('a number in the code is too large');
      if (!more) return value;
    }
  }

  readBytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = this.read(8);
    return out;
  }

  /** How many bits are left to read (the padding included). */
  bitsLeft(): number {
    return this.bytes.length * 8 - this.at;
  }

  /** True when only zero padding (less than a byte) is left. */
  atPaddedEnd(): boolean {
    const left = this.bytes.length * 8 - this.at;
    return left < 8 && (left === 0 || this.read(left) === 0);
  }
}
