// Practice branches: where a failed game is tried again from (analysis/retry.ts), the branch the sim builds
// (sim/branch.ts), and how a branch travels in result codes and saves without touching the first game.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryPoint } from '../../src/analysis/retry';
import {
  branchGame,
  decodeResultCode,
  encodeResultCode,
  firstGameOf,
  type GameRecord,
  parseSave,
  playPlan,
  type Replay,
  ResultCodeError,
  replay,
  SaveError,
  serializeSave,
  stateHash,
} from '../../src/sim';
import { plan, scenario } from './analysis-helpers';
import { payloadOf, signed } from './code-bits';
import { gameArb, playOnRandomly } from './random-game';

const catalog = [scenario];
const hashes = (r: Replay) => [r.initial, ...r.records.map((x) => x.state)].map(stateHash);
/** The state in which quarter `turn` (1-based) is decided. */
const before = (r: Replay, turn: number) => (turn <= 1 ? r.initial : r.records[turn - 2]!.state);

/** campaign-then-drop on workshop-7 loses its community in quarter 5 (the e2e test plays it too). */
const failed = playPlan(scenario, 'workshop-7', plan('campaign-then-drop'));

/** Random branches: a random game, branched at a random quarter it played, played on at random. */
const branchArb = fc
  .record({
    game: gameArb.filter((g) => g.turns.length > 0),
    at: fc.nat(),
    tape: fc.array(fc.nat(), { minLength: 1 }),
  })
  .map(({ game, at, tape }) => playOnRandomly(branchGame(game, (at % game.turns.length) + 1), tape));

describe('where a failed game is tried again from', () => {
  it('an early end: the quarter before the one that ended it', () => {
    expect(failed.final.ending).toBe('community-lost');
    expect(failed.final.turn).toBe(5);
    expect(retryPoint(scenario, failed)).toEqual({
      from: 4,
      reason: { kind: 'ended', ending: 'community-lost', turn: 5 },
    });
  });

  it('a game stuck below the last phase: its first quarter in the phase it stayed in', () => {
    const never = playPlan(scenario, 'a', plan('no-moves'));
    expect(never.final).toMatchObject({ ending: 'completed', phase: 0 });
    expect(retryPoint(scenario, never)).toEqual({ from: 1, reason: { kind: 'stuck', phase: 0, since: 1 } });
    const half = playPlan(scenario, 'a', plan('be-on-social'));
    expect(half.final).toMatchObject({ ending: 'completed', phase: 1 });
    const reached = half.records.find((r) => r.phaseAfter === 1)!.turn;
    expect(retryPoint(scenario, half)).toEqual({
      from: reached + 1,
      reason: { kind: 'stuck', phase: 1, since: reached + 1 },
    });
  });

  it('offers nothing to a game that reached the last phase, or one still being played', () => {
    const won = playPlan(scenario, 'a', plan('continuity-dialogue'));
    expect(won.final.phase).toBe(scenario.phases.length - 1);
    expect(retryPoint(scenario, won)).toBeNull();
    const unfinished = replay(scenario, { ...failed.game, turns: failed.game.turns.slice(0, 3) });
    expect(retryPoint(scenario, unfinished)).toBeNull();
    // A phase reached in the last quarter: nothing held the team back, time ran out.
    const reached = won.records.find((r) => r.phaseAfter === 1)!.turn;
    const short = playPlan(scenario, 'a', plan('continuity-dialogue'), { turns: reached });
    expect(short.final).toMatchObject({ ending: 'completed', phase: 1, turn: reached });
    expect(retryPoint(scenario, short)).toBeNull();
  });
});

describe('a practice branch', () => {
  it('replays the first game up to its quarter: the same state, bit for bit, and the first game untouched', () => {
    const kept = structuredClone(failed.game);
    const branch = branchGame(failed.game, 4);
    expect(failed.game).toEqual(kept);
    expect(branch.turns).toEqual(failed.game.turns.slice(0, 3));
    expect(branch.branch).toEqual({ from: 4, first: failed.game.turns });
    const played = replay(scenario, branch);
    expect(played.final.ending).toBeNull();
    expect(stateHash(played.final)).toBe(stateHash(before(failed, 4)));
    expect(hashes(played)).toEqual(hashes(failed).slice(0, 4));
    expect(firstGameOf(branch)).toEqual(kept);
  });

  it('of a branch still names the team first game', () => {
    const branch = playOnRandomly(branchGame(failed.game, 4), [3, 1, 4, 1, 5, 9, 2, 6]);
    const again = branchGame(branch, 2);
    expect(again.branch).toEqual({ from: 2, first: failed.game.turns });
    expect(again.turns).toEqual(branch.turns.slice(0, 1));
  });

  it('starts at a quarter the game has played', () => {
    expect(() => branchGame(failed.game, 0)).toThrow(/quarter/);
    expect(() => branchGame(failed.game, 6)).toThrow(/quarter/);
  });
});

describe('a branch in a result code', () => {
  it('round-trips with its first game, and is never the first game own code', () => {
    fc.assert(
      fc.property(branchArb, (game) => {
        const code = encodeResultCode(scenario, game);
        const decoded = decodeResultCode(code, catalog);
        expect(decoded.game).toEqual(game);
        expect(hashes(decoded.replay)).toEqual(hashes(replay(scenario, game)));
        expect(hashes(decoded.first!)).toEqual(hashes(replay(scenario, firstGameOf(game)!)));
        expect(encodeResultCode(scenario, decoded.game)).toBe(code);
        expect(code).not.toBe(encodeResultCode(scenario, firstGameOf(game)!));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps ordinary codes as they were: no branch, and a byte after the last turn is still refused', () => {
    const code = encodeResultCode(scenario, failed.game);
    const decoded = decodeResultCode(code, catalog);
    expect(decoded.game.branch).toBeUndefined();
    expect(decoded.first).toBeUndefined();
    for (const extra of [0, 0x80, 0xff])
      expect(() => decodeResultCode(signed(Uint8Array.of(...payloadOf(code), extra)), catalog)).toThrow(
        ResultCodeError,
      );
  });

  it('never accepts a forged branch: what decodes is legal and has this one code', () => {
    fc.assert(
      fc.property(branchArb, fc.nat(), (game, at) => {
        const payload = payloadOf(encodeResultCode(scenario, game));
        const bit = at % (payload.length * 8);
        payload[bit >> 3]! ^= 0x80 >> (bit & 7);
        const forged = signed(payload);
        try {
          const decoded = decodeResultCode(forged, catalog);
          expect(hashes(decoded.replay)).toEqual(hashes(replay(scenario, decoded.game)));
          expect(encodeResultCode(scenario, decoded.game)).toBe(forged);
        } catch (e) {
          expect(e).toBeInstanceOf(ResultCodeError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a branch whose first game breaks the rules or which starts after the last quarter', () => {
    const branch = branchGame(failed.game, 4);
    const broken: GameRecord = {
      ...branch,
      branch: { from: 4, first: [{ ...failed.game.turns[0]!, approach: 'no-such-approach' }] },
    };
    expect(() => encodeResultCode(scenario, broken)).toThrow(ResultCodeError);
    const late: GameRecord = {
      ...branch,
      setup: { turns: 3 },
      turns: branch.turns,
      branch: { from: 4, first: failed.game.turns.slice(0, 3) },
    };
    expect(() => encodeResultCode(scenario, late)).toThrow(/after the last/);
  });
});

describe('a branch in a save', () => {
  it('is saved and read back with its first game', () => {
    const branch = playOnRandomly(branchGame(failed.game, 4), [2, 7, 1, 8]);
    const loaded = parseSave(serializeSave(scenario, branch), catalog);
    expect(loaded.game).toEqual(branch);
    expect(hashes(loaded.first!)).toEqual(hashes(failed));
    expect(parseSave(serializeSave(scenario, failed.game), catalog).first).toBeUndefined();
  });

  it('is refused, with its path, when its first game breaks the rules', () => {
    const branch = branchGame(failed.game, 4);
    const text = serializeSave(scenario, {
      ...branch,
      branch: { from: 4, first: [...failed.game.turns, failed.game.turns[0]!] },
    });
    try {
      parseSave(text, catalog);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SaveError);
      expect((e as SaveError).code).toBe('invalid-game');
      expect((e as SaveError).problems[0]!.path).toBe('$.game.branch');
    }
  });
});
