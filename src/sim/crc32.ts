// CRC-32 (IEEE 802.3, the zip/PNG one). Chosen for result codes over a general hash because it is
// guaranteed, not just likely, to catch every error burst of up to 32 bits: a mistyped or swapped pair of
// base64url characters changes at most 12 neighbouring bits, so it can never pass the check.
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
