// A small string hash (cyrb53: Math.imul and shifts only, so identical in every engine) for scenario
// content hashes, state hashes in golden replays and result-code checksums.
import type { Scenario } from './scenario-schema';

export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 14 hex digits of cyrb53. */
export function hashHex(text: string): string {
  return cyrb53(text).toString(16).padStart(14, '0');
}

/** JSON with object keys sorted, so equal values always hash the same. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`).join(',')}}`;
}

const hashes = new WeakMap<Scenario, string>();

/**
 * How a case is offered to a trainer (its pitch, level, minutes and the lessons it lists) and which schema an
 * editor used say nothing about the game it plays: they stay out of the hash, so that presenting a case
 * anew does not orphan the saves and result codes of games already played with it.
 */
const NOT_HASHED = new Set(['$schema', 'pitch', 'level', 'minutes', 'lessons']);

/** The content hash a game record carries, so a replay refuses a changed scenario. */
export function scenarioHash(s: Scenario): string {
  let h = hashes.get(s);
  if (!h) {
    const played = Object.fromEntries(Object.entries(s).filter(([key]) => !NOT_HASHED.has(key)));
    h = hashHex(stableStringify(played));
    hashes.set(s, h);
  }
  return h;
}
