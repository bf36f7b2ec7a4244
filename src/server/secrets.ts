// Secrets and tokens: 128 random bits, written in base64url; only their sha256 is stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { roomCodeFrom } from '../room/room-code';

export const newSecret = (): string => randomBytes(16).toString('base64url');
export const newId = (): string => randomBytes(6).toString('base64url');
export const newRoomCode = (): string => roomCodeFrom(randomBytes(6));
export const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Compares a secret with a stored digest in constant time. */
export function matches(secret: string, stored: string): boolean {
  const a = Buffer.from(digest(secret), 'hex');
  const b = Buffer.from(stored, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
