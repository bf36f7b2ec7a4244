// A broken scenario file names every problem with its JSON path; a good one loads.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  parseScenarioText,
  ScenarioError,
  type ScenarioProblem,
  scenarioHash,
} from '../../src/sim';
import { bundledScenarios } from '../../src/store/scenarios';

const text = readFileSync('scenarios/default.json', 'utf8');
const fresh = () => JSON.parse(text);

function problemsOf(json: unknown): ScenarioProblem[] {
  try {
    parseScenario(json, 'test');
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).problems;
  }
  throw new Error('expected the scenario to be refused');
}

describe('scenario files', () => {
  it.each(readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json'))(
    '%s is valid',
    (file) => {
      expect(() => parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file)).not.toThrow();
    },
  );

  // The game page takes the bundled files as they are, without zod: this is the check it relies on.
  it('bundles scenarios that load unchanged by validation', () => {
    const bundled = bundledScenarios();
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    // Every scenario of the folder is offered, the default first; each file is named after its id.
    expect(bundled.map((s) => `${s.id}.json`).sort()).toEqual(files.sort());
    expect(bundled[0]?.id).toBe('default');
    for (const s of bundled) {
      const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${s.id}.json`, 'utf8')), s.id);
      expect(s).toStrictEqual(parsed);
      expect(scenarioHash(s)).toBe(scenarioHash(parsed));
    }
  });

  it('reports invalid JSON at the root', () => {
    const e = (() => {
      try {
        parseScenarioText('{"id": ', 'broken.json');
      } catch (err) {
        return err as ScenarioError;
      }
    })();
    expect(e?.problems[0]?.path).toBe('$');
    expect(e?.message).toMatch(/broken\.json/);
  });

  it('reports every schema problem at once, each with its path', () => {
    const s = fresh();
    delete s.turns;
    s.start.trust = 140;
    s.approaches[1].cost = 'cheap';
    s.events[2].responses[0].id = 'Not An Id';
    s.surprise = true;
    const paths = problemsOf(s).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.turns',
        '$.start.trust',
        '$.approaches[1].cost',
        '$.events[2].responses[0].id',
      ]),
    );
    expect(problemsOf(s).length).toBeGreaterThanOrEqual(5);
  });

  it('explains what was expected', () => {
    const s = fresh();
    s.start.trust = 140;
    const [p] = problemsOf(s);
    expect(p?.message).toMatch(/100/);
  });

  it('reports broken cross-references with their paths', () => {
    const s = fresh();
    s.start.governance = 'anarchy';
    s.moves[3].requires = ['time-machine'];
    s.measure.kpis = s.measure.kpis.filter((k: { id: string }) => k.id !== 'engagement');
    s.events[1].defaultResponse = 'panic';
    s.approaches.push({ ...s.approaches[0] });
    s.phases[2].gate.movesAll = ['ghost-move'];
    const byPath = Object.fromEntries(problemsOf(s).map((p) => [p.path, p.message]));
    expect(byPath['$.start.governance']).toMatch(/anarchy/);
    expect(byPath['$.moves[3].requires[0]']).toMatch(/time-machine/);
    expect(byPath['$.objectives[0].alignedKpis[0]']).toMatch(/engagement/);
    expect(byPath['$.events[1].defaultResponse']).toMatch(/panic/);
    expect(byPath['$.approaches[4].id']).toMatch(/duplicate/);
    expect(byPath['$.phases[2].gate.movesAll[0]']).toMatch(/ghost-move/);
  });

  it('hashes content: a changed number changes the hash, formatting does not', () => {
    const a = parseScenarioText(text);
    const b = parseScenarioText(JSON.stringify(JSON.parse(text)));
    expect(scenarioHash(a)).toBe(scenarioHash(b));
    const c = fresh();
    c.tuning.communityDecay = 0.051;
    expect(scenarioHash(parseScenario(c))).not.toBe(scenarioHash(a));
  });

  it('leaves how a case is offered out of the hash: the games played stay the same games', () => {
    const a = parseScenarioText(text);
    const c = fresh();
    c.pitch = { en: 'Another line to sell it', fr: 'Une autre phrase pour la vendre' };
    c.level = 'advanced';
    c.minutes = 120;
    c.lessons = ['L1'];
    expect(scenarioHash(parseScenario(c))).toBe(scenarioHash(a));
    const d = fresh();
    d.title.en = 'Another title';
    expect(scenarioHash(parseScenario(d))).not.toBe(scenarioHash(a));
  });

  it('lists each lesson once, from L1 to L13', () => {
    const c = fresh();
    c.lessons = ['L1', 'L14', 'L1'];
    const paths = problemsOf(c).map((p) => p.path);
    expect(paths).toContain('$.lessons[1]');
    const d = fresh();
    d.lessons = ['L2', 'L2'];
    expect(problemsOf(d).map((p) => [p.path, p.message])).toEqual([
      ['$.lessons', 'a lesson is listed twice'],
    ]);
  });
});
