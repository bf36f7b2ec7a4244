// The shape of a GameRecord as plain JSON, for saves and result codes. It checks structure only (types,
// sizes, no unknown fields); whether the decisions are legal is for replay() to say.

import { jsonPath } from './scenario';
import { isCleanSeed } from './seed';
import type { GameRecord } from './types';
import { z } from './zod';

const MAX_TURNS = 24;
const name = z.string().min(1).max(100);

const decisionSchema = z
  .object({
    approach: name,
    voice: name,
    governance: name,
    measure: z.array(name).max(10),
    moves: z.array(name).max(5),
    response: name.optional(),
  })
  .strict();

const setupSchema = z
  .object({
    turns: z.number().int().min(1).max(MAX_TURNS).optional(),
    fixedEvents: z.record(z.string().regex(/^[1-9][0-9]{0,5}$/, 'a turn number'), name).optional(),
  })
  .strict();

const branchSchema = z
  .object({
    from: z.number().int().min(1).max(MAX_TURNS),
    first: z.array(decisionSchema).min(1).max(MAX_TURNS),
  })
  .strict();

export const gameRecordSchema = z
  .object({
    scenario: z
      .object({ id: name, hash: z.string().regex(/^[0-9a-f]{14}$/, '14 hexadecimal digits') })
      .strict(),
    // One seed, one spelling: the clean form of seed.ts (no surrounding spaces, NFC, 1 to 64 characters).
    seed: z.string().min(1).max(64).refine(isCleanSeed, 'a seed without spaces around it (see cleanSeed)'),
    setup: setupSchema,
    objective: name,
    turns: z.array(decisionSchema).max(MAX_TURNS),
    branch: branchSchema.optional(),
  })
  .strict();

export interface GameProblem {
  /** JSON path inside the game record, like $.turns[3].measure */
  path: string;
  message: string;
}

export type GameCheck = { ok: true; game: GameRecord } | { ok: false; problems: GameProblem[] };

/** Checks that parsed JSON has the shape of a GameRecord; lists every problem with its path. */
export function checkGameRecord(json: unknown): GameCheck {
  const result = gameRecordSchema.safeParse(json);
  if (result.success) return { ok: true, game: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  };
}
