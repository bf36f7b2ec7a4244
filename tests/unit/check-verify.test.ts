import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickLang, t } from '../../src/check/texts';
import { checkGame, checkGames, type GoldenGame } from '../../src/check/verify';
import { parseScenarioText } from '../../src/sim';

const golden: GoldenGame[] = JSON.parse(readFileSync('tests/golden/default.json', 'utf8'));
const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));

describe('device check verification', () => {
  it('finds every golden game matching in Node', () => {
    const results = checkGames([scenario], golden);
    expect(results.map((r) => [r.name, r.match, r.error])).toEqual(golden.map((g) => [g.name, true, null]));
    expect(results.map((r) => r.hashes)).toEqual(golden.map((g) => g.hashes));
  });

  it('says so when a game names a scenario this build lacks', () => {
    const g = golden[0]!;
    const [r] = checkGames([scenario], [{ ...g, game: { ...g.game, scenario: { id: 'gone', hash: 'x' } } }]);
    expect(r).toMatchObject({ match: false, hashes: [], error: 'no scenario "gone" in this build' });
  });

  it('names the first state that differs', () => {
    const g = golden[0]!;
    const hashes = [...g.hashes];
    hashes[2] = 'not-a-hash';
    const r = checkGame(scenario, { ...g, hashes });
    expect(r).toMatchObject({ match: false, firstMismatch: 2, error: null });
  });

  it('reports a missing recorded state as a mismatch', () => {
    const g = golden[0]!;
    const r = checkGame(scenario, { ...g, hashes: g.hashes.slice(0, -1) });
    expect(r).toMatchObject({ match: false, firstMismatch: g.hashes.length - 1 });
  });

  it('says why a game cannot be replayed instead of throwing', () => {
    const g = golden[0]!;
    const r = checkGame(scenario, { ...g, game: { ...g.game, scenario: { ...g.game.scenario, hash: 'x' } } });
    expect(r.match).toBe(false);
    expect(r.hashes).toEqual([]);
    expect(r.error).toMatch(/another version/);
  });
});

describe('device check language', () => {
  it('takes ?lang= first, then the browser’s first language, else English', () => {
    expect(pickLang('?lang=fr', ['en-US'])).toBe('fr');
    expect(pickLang('?lang=en', ['fr-FR'])).toBe('en');
    expect(pickLang('?lang=de', ['fr-CA', 'en'])).toBe('fr');
    // The same rule as the game's pages: the first preferred language the game has.
    expect(pickLang('', ['de-DE', 'fr'])).toBe('fr');
    expect(pickLang('', ['de-DE', 'it'])).toBe('en');
    expect(pickLang('', [])).toBe('en');
  });

  it('fills every placeholder in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      const text = t(lang, 'fail', { bad: 1, n: 4 });
      expect(text).toContain('1');
      expect(text).not.toMatch(/[{}]/);
    }
  });
});
