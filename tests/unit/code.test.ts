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
  scenarioHash,
  stateHash,
} from '../../src/sim';
import { widthFor } from '../../src/sim/bits';
import { SPOKEN_ALPHABET } from '../../src/sim/code-spoken';
import { forge, payloadOf, signed, spliceBits, uintBits, varuintBits } from './code-bits';
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

describe('result codes', () => {
  it('round-trips random legal games to the same record and the same states', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const code = encodeResultCode(scenario, game);
        expect(code).toMatch(/^SJ3-[0-9A-HJKMNP-TV-Z]+$/);
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
          // And it is the one code of that game (defect 9).
          expect(encodeResultCode(scenario, decoded.game)).toBe(forged);
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
    // Layout: id length, id, scenario version (one byte below 128), 4 hash bytes, seed length, seed, then
    // the objective's 3 bits.
    const objectiveAt = 1 + scenario.id.length + 1 + 4 + 1 + new TextEncoder().encode(game.seed).length;
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
    expect(() => decodeResultCode(badTurns, catalog)).toThrow(/\$\.setup\.turns/);
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
    expect(refusal(code.replace('SJ3-', 'SJ4-'))).toBe('unknown-version');
    expect(refusal(code.replace('SJ3-', 'SJ03-'))).toBe('malformed');
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

  it('has exactly one code per game: no "SJ03-", no spelled-out "same KPIs" list (defect 9)', () => {
    const game = fc.sample(gameArb, { numRuns: 1, seed: 21 })[0]!;
    const code = encodeResultCode(scenario, game);
    expect(refusal(code.replace('SJ3-', 'SJ03-'))).toBe('malformed');
    expect(refusal(code.replace('SJ3-', 'SJ003-'))).toBe('malformed');
    // Two quiet quarters (no answer to give) measuring the same KPIs: the second says "same" in one bit.
    let g = newGame(scenario, 'spell', 'retention', {
      fixedEvents: { '1': 'quiet-quarter', '2': 'quiet-quarter' },
    });
    const d = {
      approach: 'continuity',
      voice: 'dialogue',
      governance: 'top-down',
      measure: ['retention', 'satisfaction'],
      moves: [],
    };
    g = { ...g, turns: [d, { ...d, measure: [...d.measure] }] };
    const same = encodeResultCode(scenario, g);
    // Bits: header (id length, 7-byte id, version, hash, seed length, 5-byte seed) 152, objective 3,
    // setup 2 + 8 + 2 × (8 + event index), count 5, turn 1: 4 + (2 + 2 × 4) + 2; then turn 2's choices
    // (4) and its "same" bit.
    const eventBits = widthFor(scenario.events.length);
    const sameBit = 152 + 3 + (10 + 2 * (8 + eventBits)) + 5 + 16 + 4;
    const list =
      uintBits(2, 2) +
      uintBits(
        scenario.measure.kpis.findIndex((k) => k.id === 'retention'),
        4,
      ) +
      uintBits(
        scenario.measure.kpis.findIndex((k) => k.id === 'satisfaction'),
        4,
      );
    const spelled = spliceBits(same, sameBit, 1, `0${list}`, true);
    expect(() => decodeResultCode(spelled, catalog)).toThrow(/same KPIs as the turn before/);
    expect(decodeResultCode(spliceBits(same, sameBit, 1, '1'), catalog).game).toEqual(g);
  });

  it('applies the game-record schema: no empty or over-long seed, no seven-digit event turn (defect 10)', () => {
    const game = newGame(scenario, 'abc', 'retention');
    const code = encodeResultCode(scenario, game);
    // The seed's length byte sits after the id length, the 7-byte id, the version and the 4 hash bytes.
    const seedAt = (1 + scenario.id.length + 1 + 4) * 8;
    const seeded = (seed: string) => {
      const bytes = new TextEncoder().encode(seed);
      return spliceBits(
        code,
        seedAt,
        8 + 3 * 8,
        uintBits(bytes.length, 8) + [...bytes].map((b) => uintBits(b, 8)).join(''),
      );
    };
    expect(decodeResultCode(seeded('xyz'), catalog).game.seed).toBe('xyz');
    expect(() => decodeResultCode(seeded(''), catalog)).toThrow(/\$\.seed/);
    expect(() => decodeResultCode(seeded('s'.repeat(65)), catalog)).toThrow(/\$\.seed/);
    expect(() => decodeResultCode(seeded('s'.repeat(255)), catalog)).toThrow(/\$\.seed/);
    expect(() => decodeResultCode(seeded(' abc'), catalog)).toThrow(/\$\.seed/);
    // After the seed: objective (3 bits), "no turns" (0), "fixed events" (1), count 1, turn, event index.
    const setupAt = seedAt + 8 + 3 * 8 + 3;
    // Quiet quarters in turns 1, 2, ... then the turn under test: as many as make the edit whole bytes.
    const eventBits = widthFor(scenario.events.length);
    let count = 1;
    while ((count * eventBits) % 8 !== 0) count++;
    const quiet = scenario.events[0]!.id;
    const fixed = (turn: number) => {
      let bits = `01${varuintBits(count)}`;
      for (let t = 1; t < count; t++) bits += `${varuintBits(t)}${uintBits(0, eventBits)}`;
      return spliceBits(code, setupAt, 2, `${bits}${varuintBits(turn)}${uintBits(0, eventBits)}`);
    };
    const expected = Object.fromEntries(Array.from({ length: count - 1 }, (_, i) => [String(i + 1), quiet]));
    expect(decodeResultCode(fixed(12), catalog).game.setup).toEqual({
      fixedEvents: { ...expected, '12': quiet },
    });
    expect(() => decodeResultCode(fixed(1234567), catalog)).toThrow(/\$\.setup\.fixedEvents/);
  });

  it('refuses format 1 and 2 codes (no scenario version), saying whether their scenario was an earlier one', () => {
    const game = fc.sample(gameArb, { numRuns: 1, seed: 9 })[0]!;
    const code = encodeResultCode(scenario, game);
    for (const format of [1, 2]) {
      expect(refusal(legacy(code, format, true))).toBe('unknown-version');
      expect(() => decodeResultCode(legacy(code, format, true), catalog)).toThrow(
        new RegExp(`format ${format}, from an earlier version of Social Journey`),
      );
      expect(refusal(legacy(code, format, false))).toBe('scenario-older');
      expect(() => decodeResultCode(legacy(code, format, false), catalog)).toThrow(
        /earlier version of Social Journey and of the scenario "default"/,
      );
    }
    expect(legacy(code, 1, true)).toMatch(/^SJ1-[A-Za-z0-9_-]+$/);
    expect(refusal(legacy(code, 1, true).replace('SJ1-', 'sj1-'))).toBe('malformed');
    const bumped = parseScenario({ ...scenario, version: scenario.version + 1 });
    expect(() => decodeResultCode(code, [bumped])).toThrow(
      expect.objectContaining({
        code: 'scenario-older',
        message: expect.stringMatching(
          /earlier version of the scenario "default" \(version \d+; this is version \d+\)/,
        ),
      }),
    );
    const older = parseScenario({ ...scenario, version: scenario.version + 1 });
    expect(
      refusal(encodeResultCode(older, { ...game, scenario: { id: older.id, hash: scenarioHash(older) } })),
    ).toBe('scenario-newer');
  });
});

/** The same game as a format 1 or 2 code: no scenario version byte, and the hash kept or spoiled. */
function legacy(code: string, format: number, hashMatches: boolean): string {
  const p = payloadOf(code);
  const idEnd = 1 + p[0]!;
  const old = Uint8Array.of(...p.slice(0, idEnd), ...p.slice(idEnd + 1));
  if (!hashMatches) old[idEnd]! ^= 0xff;
  return signed(old, format);
}
