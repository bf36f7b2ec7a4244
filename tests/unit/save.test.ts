import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type GameRecord,
  parseSave,
  parseScenario,
  type Replay,
  replay,
  SAVE_FORMAT,
  SaveError,
  type SaveErrorCode,
  serializeSave,
  stateHash,
} from '../../src/sim';
import { gameArb, scenario } from './random-game';

const catalog = [scenario];
const CODES: SaveErrorCode[] = [
  'not-json',
  'not-a-save',
  'newer-version',
  'old-version',
  'unknown-scenario',
  'scenario-older',
  'scenario-newer',
  'scenario-changed',
  'invalid-setup',
  'invalid-game',
];
const hashes = (r: Replay) => [r.initial, ...r.records.map((x) => x.state)].map(stateHash);

/** The SaveError a text is refused with (failing the test if it loads or throws anything else). */
function refusal(text: string): SaveError {
  try {
    parseSave(text, catalog);
  } catch (e) {
    if (e instanceof SaveError) return e;
    throw e;
  }
  throw new Error(`this save was accepted: ${text.slice(0, 200)}`);
}

const sample = (seed: number, minTurns = 1): GameRecord =>
  fc.sample(
    gameArb.filter((g) => g.turns.length >= minTurns),
    { numRuns: 1, seed },
  )[0]!;

/** A save text with its JSON edited. */
function edited(
  game: GameRecord,
  edit: (json: Record<string, unknown> & { game: GameRecord }) => void,
): string {
  const json = JSON.parse(serializeSave(scenario, game));
  edit(json);
  return JSON.stringify(json);
}

describe('saves', () => {
  it('round-trips random legal games with their extras', () => {
    fc.assert(
      fc.property(
        gameArb,
        fc.option(
          fc
            .date({ min: new Date('2000-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString()),
        ),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 200 })),
        (game, savedAt, notes) => {
          const extras = { ...(savedAt === null ? {} : { savedAt }), ...(notes === null ? {} : { notes }) };
          const text = serializeSave(scenario, game, extras);
          const loaded = parseSave(text, catalog);
          expect(loaded.game).toEqual(game);
          expect(loaded.savedAt).toBe(extras.savedAt);
          expect(loaded.notes).toBe(extras.notes);
          expect(loaded.scenario).toBe(scenario);
          expect(hashes(loaded.replay)).toEqual(hashes(replay(scenario, game)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('writes a readable, versioned envelope', () => {
    const game = sample(1);
    const json = JSON.parse(
      serializeSave(scenario, game, { savedAt: '2025-03-04T10:00:00.000Z', notes: 'Team B' }),
    );
    expect(json).toMatchObject({
      format: SAVE_FORMAT,
      version: 2,
      scenarioVersion: scenario.version,
      savedAt: '2025-03-04T10:00:00.000Z',
    });
    expect(json.game).toEqual(game);
  });

  it('refuses to save a game that is not well formed, or extras that are not', () => {
    const game = sample(2);
    expect(() => serializeSave(scenario, { ...game, seed: '' })).toThrow(SaveError);
    expect(() => serializeSave(scenario, game, { savedAt: 'yesterday' })).toThrow(/savedAt/);
  });

  it('refuses random byte flips with a known code, or loads a game that is still legal', () => {
    fc.assert(
      fc.property(gameArb, fc.nat(), fc.integer({ min: 0, max: 7 }), (game, at, bit) => {
        const bytes = new TextEncoder().encode(serializeSave(scenario, game, { notes: 'flip' }));
        bytes[at % bytes.length]! ^= 1 << bit;
        const text = new TextDecoder().decode(bytes);
        try {
          const loaded = parseSave(text, catalog);
          // A flip can leave a valid save (a changed seed or note): it must then be a legal game, replayed.
          expect(hashes(loaded.replay)).toEqual(hashes(replay(scenario, loaded.game)));
        } catch (e) {
          expect(e).toBeInstanceOf(SaveError);
          expect(CODES).toContain((e as SaveError).code);
          expect((e as SaveError).message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses every truncated save as not JSON', () => {
    fc.assert(
      fc.property(gameArb, fc.nat(), (game, cut) => {
        const text = serializeSave(scenario, game).trimEnd();
        const e = refusal(text.slice(0, cut % text.length));
        expect(e.code).toBe('not-json');
        expect(e.message).toMatch(/not a Social Journey save/);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses other files, and versions it does not read, each with its own code', () => {
    const game = sample(3);
    expect(refusal('').code).toBe('not-json');
    expect(refusal('[1, 2]').code).toBe('not-a-save');
    expect(refusal('"social-journey-save"').code).toBe('not-a-save');
    expect(refusal(JSON.stringify(scenario)).code).toBe('not-a-save');
    expect(refusal(JSON.stringify(game)).code).toBe('not-a-save');
    expect(refusal(edited(game, (j) => (j.format = 'other-game-save'))).code).toBe('not-a-save');
    expect(refusal(edited(game, (j) => (j.version = '1'))).code).toBe('not-a-save');
    const newer = refusal(edited(game, (j) => (j.version = 3)));
    expect(newer.code).toBe('newer-version');
    expect(newer.message).toMatch(/newer version of Social Journey/);
    const older = refusal(edited(game, (j) => (j.version = 0)));
    expect(older.code).toBe('old-version');
    expect(older.message).toMatch(/old format \(version 0\)/);
  });

  it('refuses a damaged structure, naming where', () => {
    const game = sample(4);
    const notList = refusal(
      edited(game, (j) => {
        (j.game.turns[0] as unknown as Record<string, unknown>).measure = 'likes';
      }),
    );
    expect(notList.code).toBe('invalid-game');
    expect(notList.problems.map((p) => p.path)).toContain('$.game.turns[0].measure');
    expect(refusal(edited(game, (j) => (j.cheat = true))).message).toMatch(/unknown field cheat/);
    expect(refusal(edited(game, (j) => (j.savedAt = 'last week'))).problems[0]!.path).toBe('$.savedAt');
    expect(refusal(edited(game, (j) => delete (j as Partial<typeof j>).game)).code).toBe('invalid-game');
    expect(refusal(edited(game, (j) => (j.game.scenario.hash = 'abc'))).code).toBe('invalid-game');
  });

  it('refuses decisions that break the rules, naming the turn and the field', () => {
    const game = sample(5, 2);
    const shout = refusal(edited(game, (j) => (j.game.turns[1]!.voice = 'shout')));
    expect(shout.code).toBe('invalid-game');
    expect(shout.message).toMatch(/break the rules.*turn 2: voice/);
    expect(shout.problems).toEqual([
      { path: '$.game.turns[1].voice', message: expect.stringMatching(/shout/) },
    ]);
    // The last structural move, in the first quarter: wrong phase and missing the moves it needs.
    const early = refusal(edited(game, (j) => (j.game.turns[0]!.moves = ['integrate-functions'])));
    expect(early.code).toBe('invalid-game');
    expect(early.problems.every((p) => p.path === '$.game.turns[0].moves[0]')).toBe(true);
    expect(early.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('says a setup that does not fit the scenario in its own words, not as broken decisions', () => {
    const game = sample(5, 2);
    const objective = refusal(edited(game, (j) => (j.game.objective = 'go-viral')));
    expect(objective.code).toBe('invalid-setup');
    expect(objective.message).toMatch(
      /setup does not fit the scenario "default": unknown objective "go-viral"/,
    );
    expect(objective.message).not.toMatch(/decisions/);
    expect(objective.problems[0]!.path).toBe('$.game.objective');
    const event = refusal(edited(game, (j) => (j.game.setup = { fixedEvents: { '3': 'alien-landing' } })));
    expect(event.code).toBe('invalid-setup');
    expect(event.problems[0]!.path).toBe('$.game.setup');
  });

  it('reads a format 1 save of this scenario, and says an older or newer scenario version apart', () => {
    const game = sample(7);
    const v1 = edited(game, (j) => {
      j.version = 1;
      delete j.scenarioVersion;
    });
    expect(parseSave(v1, catalog).game).toEqual(game);
    const v1Old = refusal(
      edited(game, (j) => {
        j.version = 1;
        delete j.scenarioVersion;
        j.game.scenario.hash = '00000000000000';
      }),
    );
    expect(v1Old.code).toBe('scenario-older');
    expect(v1Old.message).toMatch(/earlier version of Social Journey and of the scenario "default"/);
    const bumped = parseScenario({ ...scenario, version: scenario.version + 1 });
    const older = (() => {
      try {
        parseSave(serializeSave(scenario, game), [bumped]);
      } catch (e) {
        return e as SaveError;
      }
    })();
    expect(older?.code).toBe('scenario-older');
    expect(older?.message).toMatch(
      new RegExp(
        `earlier version of the scenario "default" \\(version ${scenario.version}; this is version ${bumped.version}\\)`,
      ),
    );
    expect(refusal(edited(game, (j) => (j.scenarioVersion = scenario.version + 1))).code).toBe(
      'scenario-newer',
    );
    expect(refusal(edited(game, (j) => (j.scenarioVersion = 0))).problems[0]!.path).toBe('$.scenarioVersion');
  });

  it('refuses a game played with a missing or changed scenario', () => {
    const game = sample(6);
    const text = serializeSave(scenario, game);
    expect(() => parseSave(text, [])).toThrow(expect.objectContaining({ code: 'unknown-scenario' }));
    const retuned = parseScenario({ ...scenario, tuning: { ...scenario.tuning, trustReversion: 0.123 } });
    const changed = (() => {
      try {
        parseSave(text, new Map([[retuned.id, retuned]]));
      } catch (e) {
        return e as SaveError;
      }
    })();
    expect(changed?.code).toBe('scenario-changed');
    expect(changed?.message).toMatch(/another edit of version \d+ of the scenario "default"/);
    expect(parseSave(text, (id) => (id === scenario.id ? scenario : undefined)).game).toEqual(game);
  });
});
