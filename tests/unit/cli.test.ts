// The command-line tools run as real child processes, as a person would run them. Each tsx start costs
// most of a second of CPU, so each case checks as much as it can from one run, and the cases run
// concurrently (async spawn rather than spawnSync) to use both cores.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeResultCode,
  encodeResultCode,
  PHASE_IDS,
  parsePlan,
  parseScenarioText,
  playPlan,
  ResultCodeError,
  toPoints,
} from '../../src/sim';
import { type Run, runTool } from './run-tool';

/** Runs a tool from the repository root, as `npm run <tool> -- args` would. */
function run(tool: 'sim' | 'balance' | 'search' | 'code', ...args: string[]): Promise<Run> {
  return runTool(tool, args);
}

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const PLAN = 'scenarios/plans/continuity-dialogue.json';
const plan = parsePlan(JSON.parse(readFileSync(PLAN, 'utf8')), scenario);
const tmp = mkdtempSync(join(tmpdir(), 'sj-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface TurnOut {
  turn: number;
  decision: unknown;
  event: { id: string } | null;
  state: { trust: number; buyIn: number };
  causes: { trust: { cause: string }[] };
  dashboard: Record<string, number | null>;
}

const points = (v: unknown) => {
  expect(typeof v).toBe('number');
  expect(v as number).toBeGreaterThanOrEqual(0);
  expect(v as number).toBeLessThanOrEqual(100);
  // At most two decimals: the model keeps hundredths of a point.
  expect(Math.round((v as number) * 100) / 100).toBe(v);
};

describe.concurrent('npm run sim', () => {
  it('--json prints the game playPlan plays for the same seed and plan', async () => {
    const r = await run('sim', '--scenario', 'default', '--seed', 'cli-1', '--plan', PLAN, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const played = playPlan(scenario, 'cli-1', plan);

    expect(out.seed).toBe('cli-1');
    expect(out.scenario.id).toBe('default');
    expect(out.plan).toMatchObject({ file: PLAN, name: plan.name });
    expect(out.game).toEqual(played.game);
    expect(out.code).toBe(encodeResultCode(scenario, played.game));

    const f = out.final;
    expect(PHASE_IDS).toContain(f.phase);
    expect(['completed', 'cancelled', 'community-lost']).toContain(f.ending);
    for (const v of [f.trust, f.buyIn, f.reach]) points(v);
    expect(f).toMatchObject({
      phase: PHASE_IDS[played.final.phase],
      ending: played.final.ending,
      turn: played.final.turn,
      incidents: played.final.incidents,
      trust: toPoints(played.final.vars.trust),
      buyIn: toPoints(played.final.vars.buyIn),
      reach: toPoints(played.final.reach),
    });

    expect(out.turns).toHaveLength(played.records.length);
    out.turns.forEach((t: TurnOut, i: number) => {
      const rec = played.records[i]!;
      expect(t.turn).toBe(rec.turn);
      expect(t.decision).toEqual(rec.decision);
      expect(t.event?.id ?? null).toBe(rec.event?.id ?? null);
      expect(t.state.trust).toBe(toPoints(rec.state.vars.trust));
      expect(t.state.buyIn).toBe(toPoints(rec.state.vars.buyIn));
      expect(t.causes.trust.length).toBeLessThanOrEqual(3);
      expect(t.causes.trust[0]?.cause).toBe(rec.explanation.trust?.[0]?.cause);
      // Unmeasured KPIs are null, measured ones are numbers.
      for (const k of scenario.measure.kpis) {
        if (rec.decision.measure.includes(k.id)) expect(typeof t.dashboard[k.id]).toBe('number');
        else expect(t.dashboard[k.id]).toBeNull();
      }
    });
  });

  it('prints readable turns by default, with unmeasured KPIs as "?"', async () => {
    const r = await run('sim', '--seed', 'cli-1', '--plan', PLAN, '--turns', '3');
    expect(r.status).toBe(0);
    const played = playPlan(scenario, 'cli-1', plan, { turns: 3 });
    expect(r.stdout).toContain('Turn 1 · experimentation');
    expect(r.stdout).toContain('Turn 3 ·');
    expect(r.stdout).not.toContain('Turn 4 ·');
    expect(r.stdout).toMatch(/dashboard .*followers \?/);
    expect(r.stdout).toContain(`trust ${toPoints(played.final.vars.trust).toFixed(2)}`);
    expect(r.stdout).toContain(`phase ${PHASE_IDS[played.final.phase]}`);
  });

  it('--describe lists the decisions with their options', async () => {
    const r = await run('sim', '--scenario', 'default', '--describe');
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.decisions.map((x: { id: string }) => x.id)).toEqual([
      'objective',
      'approach',
      'voice',
      'governance',
      'measure',
      'moves',
    ]);
    const options = (id: string) =>
      d.decisions.find((x: { id: string }) => x.id === id).options.map((o: { id: string }) => o.id);
    expect(options('approach')).toEqual(expect.arrayContaining(['campaign', 'continuity']));
    expect(options('voice')).toEqual(expect.arrayContaining(['broadcast', 'dialogue']));
    expect(options('objective')).toContain('be-on-social');
    expect(options('moves')).toContain('train-employees');
    expect(d.events.find((e: { id: string }) => e.id === 'viral-complaint').responses.length).toBeGreaterThan(
      1,
    );
  });
});

describe.concurrent('bad input gets one clear message, a non-zero exit and no stack trace', () => {
  const badJson = join(tmp, 'broken.json');
  writeFileSync(badJson, '{ "id": "broken", ');
  const badSchema = join(tmp, 'schema.json');
  const s = JSON.parse(readFileSync('scenarios/default.json', 'utf8'));
  s.turns = 'twelve';
  s.events[1].weight = -5;
  writeFileSync(badSchema, JSON.stringify(s));
  const badPlan = join(tmp, 'plan.json');
  writeFileSync(badPlan, JSON.stringify({ name: 'Bad', every_turn: { voice: 'shout' } }));

  const cases: [string, string[], RegExp][] = [
    ['a missing scenario', ['--scenario', 'nowhere', '--seed', 'a', '--plan', PLAN], /no scenario "nowhere"/],
    ['a scenario that is not JSON', ['--scenario', badJson, '--seed', 'a', '--plan', PLAN], /not valid JSON/],
    [
      'a scenario with schema problems',
      ['--scenario', badSchema, '--seed', 'a', '--plan', PLAN],
      /not a valid scenario:\n {2}\$\.turns: .*\n {2}\$\.events\[1\]\.weight: /,
    ],
    [
      'a bad plan',
      ['--seed', 'a', '--plan', badPlan],
      /plan .*plan\.json .*\n {2}plan\.every_turn\.voice: "shout"/,
    ],
    ['a missing plan file', ['--seed', 'a', '--plan', join(tmp, 'none.json')], /no plan file .*none\.json/],
    ['an empty seed', ['--seed', '', '--plan', PLAN], /the seed is empty/],
    [
      'an event after the last turn',
      ['--seed', 'a', '--plan', PLAN, '--turns', '8', '--event', '9:budget-cut'],
      /the event fixed in turn 9 comes after the last turn \(8\)/,
    ],
    ['an unknown flag', ['--seed', 'a', '--plan', PLAN, '--colour'], /unknown option --colour/],
    ['a flag without its value', ['--plan', PLAN, '--seed'], /--seed needs a value/],
  ];
  for (const [what, args, message] of cases) {
    it(`sim: ${what}`, async () => {
      const r = await run('sim', ...args);
      expect(r.status).not.toBe(0);
      expect(r.status).not.toBeNull();
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^sim: /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    });
  }

  it('balance: a missing --plan', async () => {
    const r = await run('balance', '--seeds', '5');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^balance: give at least one --plan FILE/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe.concurrent('npm run balance', () => {
  it('--json compares plans on the same seeds, with win rates that add up to 1 per pair', async () => {
    const other = 'scenarios/plans/campaign-broadcast.json';
    const r = await run(
      'balance',
      '--seeds',
      '50',
      '--seed-prefix',
      'cli-',
      '--plan',
      PLAN,
      '--plan',
      other,
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.seeds).toEqual({ count: 50, first: 'cli-1', last: 'cli-50' });
    expect(out.games).toBe(100);
    expect(out.plans.map((p: { file: string }) => p.file)).toEqual([PLAN, other]);
    for (const p of out.plans) {
      expect(p.trust.n).toBe(50);
      expect(p.trust.p10).toBeLessThanOrEqual(p.trust.median);
      expect(p.trust.median).toBeLessThanOrEqual(p.trust.p90);
      expect(Object.values(p.phase.counts).reduce((a: number, b) => a + (b as number), 0)).toBe(50);
    }
    // The first plan's final trust on one seed, computed here, is among the plan's results.
    const one = toPoints(playPlan(scenario, 'cli-1', plan).final.vars.trust);
    expect(one).toBeGreaterThanOrEqual(out.plans[0].trust.min);
    expect(one).toBeLessThanOrEqual(out.plans[0].trust.max);
    expect(out.pairs).toHaveLength(1);
    expect(out.pairs[0].aWins + out.pairs[0].bWins).toBeCloseTo(1, 10);
    expect(out.timing.gamesPerSecond).toBeGreaterThan(0);
  });
});

describe.concurrent('npm run search', () => {
  it('--json reports the best plans, writes them as plan files and compares them on fresh seeds', async () => {
    const out = join(tmp, 'search');
    const args = ['--seeds', '3', '--budget', '12', '--population', '6', '--fresh', '8', '--top', '2'];
    const r = await run('search', ...args, '--rng', 'cli', '--out', out, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.training.seeds).toEqual({ count: 3, first: 'train-1', last: 'train-3' });
    expect(report.training.evaluations).toBe(12);
    expect(report.fresh.seeds).toEqual({ count: 8, first: 'fresh-1', last: 'fresh-8' });
    expect(report.best).toHaveLength(2);
    for (const b of report.best) {
      // Each best plan is a plan file the runner loads, and its habits are measured on the fresh seeds.
      const file = parsePlan(JSON.parse(readFileSync(b.file, 'utf8')), scenario);
      expect(file.name).toMatch(/^Search best/);
      expect(Object.keys(b.habits.phases).length).toBeGreaterThan(0);
    }
    expect(report.fresh.references.length).toBeGreaterThanOrEqual(9);
    for (const b of report.fresh.best)
      expect(b.vsBestReference.beats + b.vsBestReference.ties + b.vsBestReference.loses).toBeCloseTo(1, 3);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toEqual(report);
  });

  it('refuses a bad budget with a pointer to --help', async () => {
    const r = await run('search', '--budget', 'lots');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--budget expects a whole number/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe.concurrent('npm run code', () => {
  const played = playPlan(scenario, 'cli-code', plan);
  const code = encodeResultCode(scenario, played.game);
  const reasonOf = (text: string) => {
    try {
      decodeResultCode(text, [scenario]);
    } catch (e) {
      if (e instanceof ResultCodeError) return e.message;
    }
    throw new Error('decoded');
  };

  it('decode reads codes one per line from a file and prints one JSON object per line', async () => {
    const typo = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    const file = join(tmp, 'codes.txt');
    writeFileSync(file, `${code}\n\n  ${typo}\nhello\n`);
    const r = await run('code', 'decode', file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { line: 1, ok: true, game: played.game },
      { line: 3, ok: false, reason: reasonOf(typo) },
      { line: 4, ok: false, reason: reasonOf('hello') },
    ]);
  });

  it('decode - reads standard input; encode prints the code of a game record, a save or sim --json', async () => {
    const r = await runTool('code', ['decode', '-'], `${code}\r\n`);
    expect(JSON.parse(r.stdout)).toEqual({ line: 1, ok: true, game: played.game });
    const file = join(tmp, 'game.json');
    writeFileSync(file, JSON.stringify(played.game));
    const e = await run('code', 'encode', file);
    expect(e.stderr).toBe('');
    expect(e.stdout).toBe(`${code}\n`);
    writeFileSync(file, JSON.stringify({ ...played.game, seed: ' spaced' }));
    const bad = await run('code', 'encode', file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^code: .*game\.json: This game cannot be written as a result code: \$\.seed/);
  });

  it('refuses a missing subcommand or file with a usage message', async () => {
    const r = await run('code', 'explode');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^code: expected "decode FILE\|-" or "encode FILE"/);
    const missing = await run('code', 'decode', join(tmp, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no file/);
  });
});
