import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeResultCode,
  encodeResultCode,
  type GameRecord,
  groupResultCode,
  newGame,
  parseScenario,
  type Replay,
  ResultCodeError,
  type ResultCodeErrorCode,
  readResultCodeFragment,
  replay,
  resultCodeFragment,
  stateHash,
} from '../../src/sim';
import { toBase64Url } from '../../src/sim/base64url';
import { fromSpoken, SPOKEN_ALPHABET, toSpoken } from '../../src/sim/code-spoken';
import { crc32 } from '../../src/sim/crc32';
import { fullGameArb, gameArb, scenario } from './random-game';

/** Every symbol a typo could put in a code (lower case and look-alikes spell the same symbols). */
const ALPHABET = `${SPOKEN_ALPHABET}U-`;
const catalog = [scenario];

const hashes = (r: Replay) => [r.initial, ...r.records.map((x) => x.state)].map(stateHash);

/** How decoding refuses a code (every refusal is a ResultCodeError with a sentence for people). */
function refusal(code: string): ResultCodeErrorCode | 'accepted' {
  try {
    decodeResultCode(code, catalog);
    return 'accepted';
  } catch (e) {
    if (!(e instanceof ResultCodeError)) throw e;
    if (e.message.length < 20) throw new Error(`no real message for ${code}: ${e.message}`);
    return e.code;
  }
}

/** A payload signed with its checksum, as format 1 (base64url) or 2 (read-aloud base32) writes it. */
function sign(payload: Uint8Array, version: 1 | 2): string {
  const sum = crc32(Uint8Array.of(version, ...payload));
  const bytes = Uint8Array.of(...payload, sum & 255, (sum >>> 8) & 255, (sum >>> 16) & 255, sum >>> 24);
  return `SJ${version}-${version === 1 ? toBase64Url(bytes) : toSpoken(bytes)}`;
}

const payloadOf = (code: string) => fromSpoken(code.slice(4))!.slice(0, -4);

/** Rewrites a code's payload and signs it again with a correct checksum, as a forger would. */
function forge(code: string, edit: (payload: Uint8Array) => void): string {
  const payload = payloadOf(code);
  edit(payload);
  return sign(payload, 2);
}

describe('result codes', () => {
  it('round-trips random legal games to the same record and the same states', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const code = encodeResultCode(scenario, game);
        expect(code).toMatch(/^SJ2-[0-9A-HJKMNP-TV-Z]+$/);
        const decoded = decodeResultCode(code, catalog);
        expect(decoded.game).toEqual(game);
        expect(decoded.scenario).toBe(scenario);
        expect(hashes(decoded.replay)).toEqual(hashes(replay(scenario, game)));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a full game with a short seed under 120 characters', () => {
    fc.assert(
      fc.property(fullGameArb, (game) => {
        expect(encodeResultCode(scenario, game).length).toBeLessThan(120);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses every single-character substitution, deletion and neighbour swap', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const code = encodeResultCode(scenario, game);
        const variants: string[] = [];
        for (let i = 0; i < code.length; i++) {
          for (const ch of ALPHABET)
            if (ch !== code[i]) variants.push(code.slice(0, i) + ch + code.slice(i + 1));
          variants.push(code.slice(0, i) + code.slice(i + 1));
          if (i + 1 < code.length && code[i] !== code[i + 1])
            variants.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2));
        }
        expect(variants.filter((v) => refusal(v) === 'accepted')).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses every truncated code', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const code = encodeResultCode(scenario, game);
        const prefixes = Array.from({ length: code.length }, (_, n) => code.slice(0, n));
        expect(prefixes.filter((v) => refusal(v) === 'accepted')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('never accepts a forged code whose decisions break the rules, and recomputes every outcome', () => {
    fc.assert(
      fc.property(gameArb, fc.nat(), (game, at) => {
        const code = encodeResultCode(scenario, game);
        const forged = forge(code, (p) => {
          const bit = at % (p.length * 8);
          p[bit >> 3]! ^= 0x80 >> (bit & 7);
        });
        try {
          const decoded = decodeResultCode(forged, catalog);
          // What decodes is a legal game, and its states are those of its own replay.
          expect(hashes(decoded.replay)).toEqual(hashes(replay(scenario, decoded.game)));
        } catch (e) {
          expect(e).toBeInstanceOf(ResultCodeError);
          expect((e as ResultCodeError).code).not.toBe('bad-checksum');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says invalid-game for a signed code naming a missing objective or an impossible setup', () => {
    const game: GameRecord = newGame(scenario, 'forge', 'retention', { turns: 12 });
    const code = encodeResultCode(scenario, game);
    // Layout: id length, id, 4 hash bytes, seed length, seed, then the objective's 3 bits.
    const objectiveAt = 1 + scenario.id.length + 4 + 1 + new TextEncoder().encode(game.seed).length;
    const badObjective = forge(code, (p) => {
      p[objectiveAt]! |= 0xe0;
    });
    expect(scenario.objectives.length).toBeLessThan(8);
    expect(refusal(badObjective)).toBe('invalid-game');
    // Right after the objective: the "turns set" bit and 5 bits of turns - 1; all ones means 32 turns.
    const badTurns = forge(code, (p) => {
      p[objectiveAt]! |= 0x1f;
      p[objectiveAt + 1]! |= 0x80;
    });
    expect(() => decodeResultCode(badTurns, catalog)).toThrow(/turns must be a whole number from 1 to 24/);
  });

  it('tells a changed scenario version, an unknown scenario and an unknown code version apart', () => {
    const game = fc.sample(gameArb, { numRuns: 1, seed: 11 })[0]!;
    const code = encodeResultCode(scenario, game);
    const retuned = parseScenario({ ...scenario, tuning: { ...scenario.tuning, trustReversion: 0.123 } });
    expect(() => decodeResultCode(code, [retuned])).toThrow(
      expect.objectContaining({ code: 'scenario-changed' }),
    );
    expect(() => decodeResultCode(code, new Map())).toThrow(
      expect.objectContaining({ code: 'unknown-scenario' }),
    );
    expect(() => decodeResultCode(code, () => undefined)).toThrow(/"default", which is not available/);
    expect(refusal(code.replace('SJ2-', 'SJ3-'))).toBe('unknown-version');
    expect(refusal(sign(payloadOf(code), 1).replace('SJ1-', 'sj1-'))).toBe('malformed');
    expect(refusal('hello')).toBe('malformed');
    expect(refusal('')).toBe('malformed');
    expect(refusal(`${code}!`)).toBe('malformed');
    // A code for a changed scenario cannot be written either.
    expect(() => encodeResultCode(retuned, game)).toThrow(
      expect.objectContaining({ code: 'scenario-changed' }),
    );
  });

  it('refuses to encode an illegal game', () => {
    const game = fc.sample(
      gameArb.filter((g) => g.turns.length > 0),
      { numRuns: 1, seed: 3 },
    )[0]!;
    const bad = structuredClone(game);
    bad.turns[0]!.voice = 'shout';
    expect(() => encodeResultCode(scenario, bad)).toThrow(expect.objectContaining({ code: 'invalid-game' }));
  });

  it('ignores spaces and line breaks, and reads its own grouped form', () => {
    fc.assert(
      fc.property(gameArb, fc.integer({ min: 2, max: 8 }), (game, size) => {
        const code = encodeResultCode(scenario, game);
        const grouped = groupResultCode(code, size);
        expect(grouped.replace(/ /g, '')).toBe(code);
        expect(decodeResultCode(grouped, catalog).game).toEqual(game);
        expect(decodeResultCode(`  ${code.slice(0, 9)}\n${code.slice(9)}\t`, catalog).game).toEqual(game);
      }),
      { numRuns: 30 },
    );
  });

  it('still opens format 1 codes (base64url), to the same game', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const old = sign(payloadOf(encodeResultCode(scenario, game)), 1);
        expect(old).toMatch(/^SJ1-[A-Za-z0-9_-]+$/);
        expect(decodeResultCode(old, catalog).game).toEqual(game);
        // Format 1 is case-sensitive and signed with its own version: another case or version is refused.
        expect(refusal(old.replace(/[a-z]/, (c) => c.toUpperCase()))).not.toBe('accepted');
      }),
      { numRuns: 30 },
    );
  });

  it('reads a code aloud: no look-alike letters, any case, I L O heard as 1 1 0, dashes between groups', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const code = encodeResultCode(scenario, game);
        expect(code.slice(4)).not.toMatch(/[ILOU]/);
        const heard = [
          code.toLowerCase(),
          code.replace(/0/g, 'O').replace(/1/g, (_, i: number) => (i % 2 ? 'I' : 'l')),
          groupResultCode(code).replace(/ /g, '-'),
          groupResultCode(code).toLowerCase(),
        ];
        for (const text of heard) expect(decodeResultCode(text, catalog).game).toEqual(game);
        expect(
          groupResultCode(code)
            .split(' ')
            .slice(1)
            .every((g) => g.length <= 4),
        ).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('carries a code in a URL fragment and reads it back', () => {
    const game = fc.sample(gameArb, { numRuns: 1, seed: 5 })[0]!;
    const code = encodeResultCode(scenario, game);
    const fragment = resultCodeFragment(code);
    expect(fragment).toBe(`#code=${code}`);
    expect(readResultCodeFragment(fragment)).toBe(code);
    expect(readResultCodeFragment(`https://example.org/debrief/?lang=fr${fragment}`)).toBe(code);
    expect(readResultCodeFragment(`#lang=fr&code=${encodeURIComponent(code)}&x=1`)).toBe(code);
    expect(readResultCodeFragment('#lang=fr')).toBeNull();
    expect(readResultCodeFragment('#code=')).toBeNull();
    expect(readResultCodeFragment('')).toBeNull();
  });
});
