// The scenario library as a whole: every bundled scenario is complete (it passes the check, has its own
// events, texts in both languages, the lessons it teaches, its reference plans, golden games and the best
// plan the search found), and the best plans of the library really differ from one brand to the next (L12).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PLAN_FILES } from '../../src/analysis/reference-plans';
import { hasKey } from '../../src/i18n';
import {
  decodeResultCode,
  encodeResultCode,
  type Plan,
  type PlayedPlan,
  parsePlan,
  parseSave,
  ResultCodeError,
  SaveError,
  type Scenario,
  scenarioHash,
  serializeSave,
} from '../../src/sim';
import { BUNDLED_SCENARIOS } from '../../src/store/bundled-scenarios';
import { goldenGames, referencePlanDir, referencePlanFiles } from '../../tools/load';
import { playtest } from '../../tools/scenario-playtest';
import { gameScore } from '../../tools/search-core';
import { lessonBench, mean } from './scenario-lessons/helpers';

const SEEDS = 300;
// A variant of continuity-dialogue for the L8 lesson test (a dashboard that follows the phase), which the
// debrief does not offer beside the others.
const NOT_OFFERED = ['default/measure-by-phase'];
const ids = BUNDLED_SCENARIOS.map((s) => s.id);
const bestFile = (id: string) => `tests/fixtures/search/${id}-best.json`;
const benches = new Map(ids.map((id) => [id, lessonBench(id, SEEDS, `library-${id}`)]));
const bench = (id: string) => benches.get(id)!;
const bestPlan = (id: string): Plan =>
  parsePlan(JSON.parse(readFileSync(bestFile(id), 'utf8')), bench(id).scenario);

/** Every bilingual text of a scenario file, with its JSON path. */
function texts(json: unknown, path = '$'): { path: string; en: unknown; fr: unknown }[] {
  if (json === null || typeof json !== 'object') return [];
  if (Array.isArray(json)) return json.flatMap((v, i) => texts(v, `${path}[${i}]`));
  const o = json as Record<string, unknown>;
  if ('en' in o || 'fr' in o) return [{ path, en: o.en, fr: o.fr }];
  return Object.entries(o).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

describe.each(ids)('bundled scenario %s', (id) => {
  const raw = JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8'));
  const { scenario, plans, games } = bench(id);

  it('passes the scenario check: it loads, and its steady strategies play to the end', () => {
    // The loader's errors are the check's errors (npm run scenario:check; tests/unit/scenario-check.test.ts
    // runs the command itself on every file): here, that the playtest runs on this scenario at all.
    expect(playtest(scenario, 2).games).toBeGreaterThan(0);
  });

  it('has at least 15 events, the deck of its own story', () => {
    expect(scenario.events.length).toBeGreaterThanOrEqual(15);
  });

  it('is written in English and in French, every text of it', () => {
    const all = texts(raw);
    expect(all.length).toBeGreaterThan(50);
    for (const t of all) {
      expect(typeof t.en === 'string' && t.en.trim().length > 0, `${t.path}.en`).toBe(true);
      expect(typeof t.fr === 'string' && t.fr.trim().length > 0, `${t.path}.fr`).toBe(true);
      // A sentence left in English in the French file (short labels such as "Dialogue" may agree).
      if ((t.en as string).length > 24) expect(t.fr, `${t.path}.fr is the English text`).not.toBe(t.en);
    }
  });

  it('says which lessons it teaches, has its pitch, level and length, and a prompt for each debrief stage', () => {
    expect(scenario.lessons?.length ?? 0).toBeGreaterThan(0);
    expect(scenario.pitch).toBeDefined();
    expect(scenario.level).toBeDefined();
    expect(scenario.minutes).toBeDefined();
    expect(scenario.learningObjectives.length).toBeGreaterThan(0);
    for (const stage of ['what', 'why', 'so-what', 'now-what'])
      expect(
        scenario.debriefPrompts.some((p) => p.stage === stage),
        stage,
      ).toBe(true);
  });

  it('has reference plans of its own, the same on disk and in the page', () => {
    expect(existsSync(referencePlanDir(id)), referencePlanDir(id)).toBe(true);
    const files = referencePlanFiles(id);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(plans).sort()).toEqual(files.map((f) => basename(f, '.json')).sort());
    // src/analysis/reference-plans.ts imports them one by one for the debrief: none forgotten, none stale,
    // each named in both languages.
    const page = REFERENCE_PLAN_FILES[id] ?? {};
    const offered = Object.keys(plans).filter((p) => !NOT_OFFERED.includes(`${id}/${p}`));
    expect(Object.keys(page).sort()).toEqual(offered.sort());
    for (const p of offered) {
      expect(page[p], p).toEqual(JSON.parse(readFileSync(`${referencePlanDir(id)}/${p}.json`, 'utf8')));
      for (const lang of ['en', 'fr'] as const)
        expect(hasKey(`debrief.plan.${p}`, lang), `${lang}: debrief.plan.${p}`).toBe(true);
    }
  });

  it('has golden games (npm run golden) recorded with this very scenario', () => {
    const golden = goldenGames(id);
    expect(golden.length).toBeGreaterThanOrEqual(3);
    for (const g of golden) expect(g.game.scenario, g.name).toEqual({ id, hash: scenarioHash(scenario) });
  });

  it('keeps the best plan the search found, which beats or ties its best reference plan', () => {
    expect(existsSync(bestFile(id)), bestFile(id)).toBe(true);
    const score = (gs: PlayedPlan[]) => mean(gs.map((g) => gameScore(g.final)));
    const refs = Object.entries(plans).map(([planId, p]) => score(games(p, {}, planId)));
    const best = score(games(bestPlan(id), {}, 'search best'));
    // A tie within one point of the search's score, where a phase reached is worth 100.
    expect(best).toBeGreaterThanOrEqual(Math.max(...refs) - 1);
  });

  it('names itself in result codes and saves: id, version and content hash', () => {
    const played = games(Object.values(plans)[0]!)[0]!;
    const code = encodeResultCode(scenario, played.game);
    const decoded = decodeResultCode(code, BUNDLED_SCENARIOS);
    expect(decoded.game.scenario).toEqual({ id, hash: scenarioHash(scenario) });
    const newer: Scenario = { ...scenario, version: scenario.version + 1 };
    expect(() => decodeResultCode(code, [newer])).toThrow(ResultCodeError);
    const save = JSON.parse(serializeSave(scenario, played.game));
    expect(save.scenarioVersion).toBe(scenario.version);
    expect(save.game.scenario).toEqual({ id, hash: scenarioHash(scenario) });
    expect(() => parseSave(JSON.stringify(save), [newer])).toThrow(SaveError);
  });
});

describe('the scenario files', () => {
  it('are all bundled, and every search fixture names a bundled scenario', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    expect(files.map((f) => basename(f, '.json')).sort()).toEqual([...ids].sort());
    const fixtures = readdirSync('tests/fixtures/search').map((f) => f.replace(/-best\.json$/, ''));
    for (const f of fixtures) expect(ids, f).toContain(f);
  });
});

/** What a best plan does, in the terms a trainer compares plans by. */
interface Style {
  /** Share of all quarters played with each option, keyed `approach:<id>`, `voice:<id>`, `governance:<id>`. */
  shares: Map<string, number>;
  /** The dashboard it shows most often (KPI ids, sorted). */
  measure: string;
  /** Moves in the order they are made (by mean quarter). */
  moves: string[];
}

function styleOf(id: string): Style {
  const games = bench(id).games(bestPlan(id), {}, 'search best');
  const counts = new Map<string, number>();
  const dashboards = new Map<string, number>();
  const moves = new Map<string, number[]>();
  let quarters = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const g of games)
    for (const r of g.records) {
      quarters++;
      const d = r.decision;
      for (const k of [`approach:${d.approach}`, `voice:${d.voice}`, `governance:${d.governance}`])
        bump(counts, k);
      bump(dashboards, [...d.measure].sort().join('+'));
      for (const m of d.moves) moves.set(m, [...(moves.get(m) ?? []), r.turn]);
    }
  return {
    shares: new Map([...counts].map(([k, n]) => [k, n / quarters])),
    measure: [...dashboards].sort((a, b) => b[1] - a[1])[0]![0],
    moves: [...moves].sort((a, b) => mean(a[1]) - mean(b[1])).map(([m]) => m),
  };
}

/** How two best plans differ, in words; empty when they play alike. */
function differences(a: Style, b: Style): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.shares.keys(), ...b.shares.keys()])) {
    const gap = Math.abs((a.shares.get(k) ?? 0) - (b.shares.get(k) ?? 0));
    // A fifth of the quarters played otherwise is a difference a team notices.
    if (gap >= 0.2) out.push(`${k} in ${Math.round(gap * 100)}% more or fewer quarters`);
  }
  if (a.measure !== b.measure) out.push(`dashboard ${a.measure} / ${b.measure}`);
  const common = a.moves.filter((m) => b.moves.includes(m));
  const order = (s: Style) => s.moves.filter((m) => common.includes(m)).join(' > ');
  if (order(a) !== order(b)) out.push(`moves ${order(a)} / ${order(b)}`);
  return out;
}

describe('the best plans of the library (L12: context decides)', () => {
  it('differ pairwise in approach, voice, governance, measurement or move order', () => {
    const styles = new Map(ids.map((id) => [id, styleOf(id)]));
    for (const [i, a] of ids.entries())
      for (const b of ids.slice(i + 1))
        expect(differences(styles.get(a)!, styles.get(b)!), `${a} and ${b} play alike`).not.toEqual([]);
  });
});

describe('the options of the library (no option is wrong everywhere)', () => {
  it('every approach, voice and governance option of every scenario is used by some best plan', () => {
    // An option counts as used when a best plan of a scenario that offers it plays it in at least one
    // quarter on at least a tenth of the seeds: a real moment, not a stray quarter on a rare seed.
    const unused: string[] = [];
    const used = new Set<string>();
    for (const id of ids) {
      const games = bench(id).games(bestPlan(id), {}, 'search best');
      const seedsWith = new Map<string, number>();
      for (const g of games) {
        const keys = new Set(
          g.records.flatMap((r) => [
            `approach:${r.decision.approach}`,
            `voice:${r.decision.voice}`,
            `governance:${r.decision.governance}`,
          ]),
        );
        for (const k of keys) seedsWith.set(k, (seedsWith.get(k) ?? 0) + 1);
      }
      for (const [k, n] of seedsWith) if (n >= games.length / 10) used.add(k);
    }
    for (const id of ids) {
      const s = bench(id).scenario;
      for (const [kind, list] of [
        ['approach', s.approaches],
        ['voice', s.voices],
        ['governance', s.governances],
      ] as const)
        for (const o of list) if (!used.has(`${kind}:${o.id}`)) unused.push(`${kind}:${o.id} (${id})`);
    }
    expect([...new Set(unused)]).toEqual([]);
  });
});
