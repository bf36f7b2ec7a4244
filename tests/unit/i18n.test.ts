import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, detectLanguage, flattenKeys, hasKey, t, takeLanguageFrom, tn } from '../../src/i18n';
import {
  contextOf,
  initialState,
  newGame,
  parsePlan,
  parseScenarioText,
  planDecision,
  playPlan,
  playTurn,
} from '../../src/sim';
import { createGameStore } from '../../src/store/game-store';
import { causeIsKnown, causeLabel } from '../../src/ui/causes';
import { referencePlanFiles } from '../../tools/load';

const en = flattenKeys(catalog('en'));
const fr = flattenKeys(catalog('fr'));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

describe('message catalogs', () => {
  it('have the same keys in English and French', () => {
    expect(
      [...fr.keys()].filter((k) => !en.has(k)),
      'keys only in fr.json',
    ).toEqual([]);
    expect(
      [...en.keys()].filter((k) => !fr.has(k)),
      'keys only in en.json',
    ).toEqual([]);
  });

  it('have no empty message', () => {
    for (const [lang, map] of [
      ['en', en],
      ['fr', fr],
    ] as const)
      expect([...map].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differ = [...en].filter(
      ([k, v]) => fr.has(k) && placeholders(v).join() !== placeholders(fr.get(k)!).join(),
    );
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('have every key the source code asks for', () => {
    const missing: string[] = [];
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      // t('a.b'), hasKey('a.b'): the exact key must exist.
      for (const m of text.matchAll(/\b(?:t|hasKey)\(\s*'([a-zA-Z0-9.-]+)'/g))
        if (!en.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      // tn('a.b', n): its plural forms must exist.
      for (const m of text.matchAll(/\btn\(\s*'([a-zA-Z0-9.-]+)'/g))
        for (const form of ['one', 'other'])
          if (!en.has(`${m[1]}.${form}`)) missing.push(`${file}: ${m[1]}.${form}`);
      // t(`a.b.${x}`): some key must exist under the fixed prefix.
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z0-9.-]+)\.\$\{/g))
        if (![...en.keys()].some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('fills placeholders and falls back to the key itself', () => {
    expect(t('play.quarterOf', { turn: 3, turns: 12 }, 'fr')).toBe('Trimestre 3 sur 12');
    expect(t('play.quarterOf', { turn: 3, turns: 12 }, 'en')).toBe('Quarter 3 of 12');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('says "1 quarter" and "2 quarters", and French "1 trimestre", "0 trimestre"', () => {
    const info = (n: number, lang: 'en' | 'fr') => tn('title.sessionInfo', n, { seed: 's' }, lang);
    expect(info(1, 'en')).toBe('Every team plays seed s for 1 quarter.');
    expect(info(12, 'en')).toBe('Every team plays seed s for 12 quarters.');
    expect(info(1, 'fr')).toBe('Toutes les équipes jouent la graine s sur 1 trimestre.');
    expect(info(8, 'fr')).toBe('Toutes les équipes jouent la graine s sur 8 trimestres.');
  });

  it('picks the browser language when it has it', () => {
    expect(detectLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(detectLanguage(['de'])).toBe('en');
  });
});

describe('cause phrases', () => {
  const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));

  it('name every cause the model books, in both languages', () => {
    const causes = new Set<string>();
    const collect = (records: { explanation: Record<string, { cause: string }[]> }[]) => {
      for (const r of records)
        for (const list of Object.values(r.explanation)) for (const c of list) causes.add(c.cause);
    };
    for (const file of referencePlanFiles('default')) {
      const plan = parsePlan(JSON.parse(readFileSync(file, 'utf8')), scenario);
      for (let seed = 0; seed < 12; seed++) collect(playPlan(scenario, `causes-${seed}`, plan).records);
    }
    // Every governance change, option and event at least once: a game that switches each quarter.
    const game = newGame(scenario, 'switching', scenario.objectives[0]!.id);
    const ctx = contextOf(scenario, game);
    let state = initialState(ctx, game.seed);
    const plan = parsePlan({ name: 'switch' }, scenario);
    for (let i = 0; i < 8 && !state.ending; i++) {
      const d = planDecision(ctx, plan, state, []);
      d.approach = scenario.approaches[i % scenario.approaches.length]!.id;
      d.governance = scenario.governances[i % scenario.governances.length]!.id;
      const r = playTurn(ctx, state, d);
      collect([r]);
      state = r.state;
    }
    expect(causes.size).toBeGreaterThan(15);
    // The cause phrases speak the page's language: a store owns it, as on the game page.
    const store = createGameStore({ scenarios: [scenario] });
    const release = takeLanguageFrom(store);
    for (const lang of ['en', 'fr'] as const) {
      store.getState().setLanguage(lang);
      const unknown = [...causes].filter((c) => !causeIsKnown(scenario, c));
      expect(unknown, `causes without words in ${lang}`).toEqual([]);
      for (const c of causes) expect(causeLabel(scenario, c)).not.toMatch(/cause\.|\{/);
    }
    release();
    expect(hasKey('cause.carry.trust-drifts')).toBe(true);
  });
});
