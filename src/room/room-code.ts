// Room codes: 6 characters a team can read off a projector and type on a phone. The alphabet leaves out
// the look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B), so a code read aloud or typed in lower case still matches.
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const ROOM_CODE_LENGTH = 6;

/** A code from random bytes (one byte per character; the small bias of % 25 does not matter here). */
export function roomCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < ROOM_CODE_LENGTH) throw new Error(`a room code needs ${ROOM_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++)
    code += ROOM_CODE_ALPHABET[bytes[i]! % ROOM_CODE_ALPHABET.length];
  return code;
}

/** What a person typed ("kx7 4mq", "KX7-4MQ") as a code, or null when it cannot be one. */
export function cleanRoomCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== ROOM_CODE_LENGTH) return null;
  for (const ch of code) if (!ROOM_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** A code as shown: two groups of three ("KX7 4MQ"), easier to read out. */
export function showRoomCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
