// State hashes for golden replays: the same game must give the same hashes in Node and in Chromium.
import { hashHex, stableStringify } from './hash';
import type { SimState } from './types';

export function stateHash(state: SimState): string {
  return hashHex(stableStringify(state));
}
