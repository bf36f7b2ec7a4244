// The fuzz suite: real result codes and saves, mutated as people and forgers mutate them. Every mutant is
// refused with a clear reason, or decodes to a legal game: for codes, exactly the original game (an edit
// that keeps its checksum is refused) or, for a re-signed forgery, the one game whose code it is.
// 4,000 cases by default (2,000 edited codes, 1,000 forgeries, 1,000 edited saves); SJ_FUZZ=N multiplies
// them for a long run: SJ_FUZZ=100 npx vitest run tests/unit/fuzz.test.ts
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeResultCode,
  encodeResultCode,
  type GameRecord,
  parseSave,
  ResultCodeError,
  replay,
  SaveError,
  serializeSave,
  stableStringify,
  stateHash,
} from '../../src/sim';
import { SPOKEN_ALPHABET } from '../../src/sim/code-spoken';
import { forge } from './code-bits';
import { gameArb, scenario } from './random-game';

const SCALE = Math.max(1, Number(process.env.SJ_FUZZ ?? 1) || 1);
const ALPHABET = `${SPOKEN_ALPHABET}abcxyzILOU-_`;
const catalog = [scenario];
const sameGame = (a: GameRecord, b: GameRecord) => stableStringify(a) === stableStringify(b);

/** A mutation of a text: what a typo, a bad copy or a hand edit does. */
const editArb = fc.oneof(
  fc.record({
    kind: fc.constant('substitute' as const),
    at: fc.nat(),
    ch: fc.constantFrom(...ALPHABET, ' ', '=', 'é'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    ch: fc.constantFrom(...ALPHABET, '{', '"', '0'),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;
/** Mutants per generated game: building a random legal game costs more than checking a mutant. */
const PER_GAME = 20;
const mutationsArb = fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), {
  minLength: PER_GAME,
  maxLength: PER_GAME,
});
const pokesArb = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 3 });

function applyEdit(text: string, e: Edit): string {
  const at = e.at % text.length;
  switch (e.kind) {
    case 'substitute':
      return text.slice(0, at) + e.ch + text.slice(at + 1);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + e.ch + text.slice(at);
    case 'swap':
      return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
    case 'truncate':
      return text.slice(0, at);
  }
}

/** Replays the decoded game again from nothing: what was decoded is a legal game with its own states. */
function expectLegal(game: GameRecord, states: string[]) {
  const again = replay(scenario, game);
  expect([again.initial, ...again.records.map((r) => r.state)].map(stateHash)).toEqual(states);
}

describe('fuzz: result codes', () => {
  it('an edited code is refused, or it is the same code (the original game)', () => {
    fc.assert(
      fc.property(gameArb, mutationsArb, (game, mutations) => {
        const code = encodeResultCode(scenario, game);
        for (const edits of mutations) {
          const mutant = edits.reduce(applyEdit, code);
          try {
            // Only what reading forgives (spaces, dashes between groups, case, I L O for 1 1 0) decodes.
            const decoded = decodeResultCode(mutant, catalog);
            expect(sameGame(decoded.game, game)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(ResultCodeError);
            expect((e as Error).message.length).toBeGreaterThan(20);
          }
        }
      }),
      { numRuns: 100 * SCALE },
    );
  });

  it('a re-signed forgery is refused, or decodes to a legal game whose one code it is', () => {
    fc.assert(
      fc.property(
        gameArb,
        fc.array(pokesArb, { minLength: PER_GAME, maxLength: PER_GAME }),
        (game, forgeries) => {
          const code = encodeResultCode(scenario, game);
          for (const pokes of forgeries) {
            const forged = forge(code, (p) => {
              for (const [at, value] of pokes) p[at % p.length] = value;
            });
            try {
              const decoded = decodeResultCode(forged, catalog);
              const r = decoded.replay;
              expectLegal(decoded.game, [r.initial, ...r.records.map((x) => x.state)].map(stateHash));
              expect(encodeResultCode(scenario, decoded.game)).toBe(forged);
            } catch (e) {
              expect(e).toBeInstanceOf(ResultCodeError);
              expect((e as ResultCodeError).code).not.toBe('bad-checksum');
            }
          }
        },
      ),
      { numRuns: 50 * SCALE },
    );
  });
});

describe('fuzz: saves', () => {
  it('an edited save is refused with a known reason, or loads a legal game', () => {
    fc.assert(
      fc.property(gameArb, mutationsArb, (game, mutations) => {
        const text = serializeSave(scenario, game, { notes: 'Team B', savedAt: '2026-01-02T03:04:05.000Z' });
        for (const edits of mutations) {
          const mutant = edits.reduce(applyEdit, text);
          try {
            const loaded = parseSave(mutant, catalog);
            const r = loaded.replay;
            expectLegal(loaded.game, [r.initial, ...r.records.map((x) => x.state)].map(stateHash));
          } catch (e) {
            expect(e).toBeInstanceOf(SaveError);
            expect((e as Error).message.length).toBeGreaterThan(20);
          }
        }
      }),
      { numRuns: 50 * SCALE },
    );
  });
});
