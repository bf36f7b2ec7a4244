// The facilitator's figures for npm run bench:web (tools/bench-web.ts calls reportFacilitator with its
// browser and served build), or on their own: node_modules/.bin/tsx tools/bench-facilitator.ts [--runs N].
// Prints figures beside their targets and asserts nothing:
//   1. 40 teams' result codes pasted in the facilitator's view: decoded, re-simulated, table and charts drawn;
//   2. the same 40 teams after a reload (from the page's navigation start to the drawn table);
//   3. a what-if replay in a team's debrief: from the click to the drawn result (and the bare replay in Node).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { whatIf } from '../src/analysis/what-if';
import {
  encodeResultCode,
  type Plan,
  type PlanChoices,
  parseScenarioText,
  playPlan,
  type Scenario,
  type TurnDecision,
} from '../src/sim';
import { launchChromium, openPageAt, serveStatic } from '../tests/e2e/harness';

const TARGET = { teams40: 1000, whatIf: 50 };
const TEAMS = 40;
const SEED = 'bench-harbour-40';

const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** A small deterministic generator for varied plans (not the sim's: this only picks test data). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Forty different games on one seed, as a session would collect them. */
export function benchCodes(scenario: Scenario, count = TEAMS): string[] {
  const codes = new Set<string>();
  const rnd = lcg(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  for (let i = 0; codes.size < count && i < count * 10; i++) {
    const turns: Record<string, PlanChoices> = {};
    // One governance per team: switching it costs budget, and a plan that switches when the budget is
    // empty can be left unable to pay even a free event response.
    const governance = pick(scenario.governances).id;
    for (let t = 1; t <= scenario.turns; t++)
      turns[String(t)] = {
        approach: pick(scenario.approaches).id,
        voice: pick(scenario.voices).id,
        governance,
        measure: scenario.measure.kpis
          .filter(() => rnd() < 0.3)
          .slice(0, scenario.measure.max)
          .map((k) => k.id),
      };
    const moves: Record<string, string[]> = {
      [String(1 + Math.floor(rnd() * 4))]: [pick(scenario.moves).id],
    };
    const plan: Plan = { name: `bench ${i}`, objective: pick(scenario.objectives).id, turns, moves };
    codes.add(encodeResultCode(scenario, playPlan(scenario, SEED, plan).game));
  }
  return [...codes];
}

/** Runs the facilitator's figures against a served build and prints them. */
export async function reportFacilitator(browser: Browser, origin: string, runs = 15): Promise<void> {
  const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
  const codes = benchCodes(scenario);
  console.log(`\nfacilitator · ${codes.length} teams on one seed · ${runs} runs each`);

  const collect: number[] = [];
  const reload: number[] = [];
  for (let run = 0; run < runs; run++) {
    const p = await openPageAt(browser, origin, 'facilitator.html', {
      viewport: { width: 1280, height: 800 },
    });
    await p.page.click('#nav-collect');
    await p.page.fill('#codes-input', codes.join('\n'));
    collect.push(
      await p.page.evaluate(async (count) => {
        const t0 = performance.now();
        (document.getElementById('codes-add') as HTMLButtonElement).click();
        (document.getElementById('nav-compare') as HTMLButtonElement).click();
        // No named helper in here: tsx would wrap it in a __name() the page does not have.
        while (document.querySelectorAll('[data-testid="compare-table"] tbody tr').length < count)
          await new Promise((r) => setTimeout(r, 0));
        // Until the next frame is painted, so layout of the table and charts counts too.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, codes.length),
    );
    await p.page.reload();
    reload.push(
      await p.page.evaluate(async (count) => {
        while (document.querySelectorAll('[data-testid="compare-table"] tbody tr').length < count)
          await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now();
      }, codes.length),
    );
    await p.close();
  }
  const line = (label: string, values: number[], target: number) =>
    console.log(
      `  ${label.padEnd(44)} median ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))} ` +
        `(target < ${target} ms: ${verdict(quantile(values, 0.95) < target)})`,
    );
  line(`paste ${codes.length} codes -> compare view drawn`, collect, TARGET.teams40);
  line(`reload with ${codes.length} teams -> compare view drawn`, reload, TARGET.teams40);

  // What-if in a debrief: one page, the replay clicked repeatedly with alternating choices.
  const p = await openPageAt(browser, origin, `facilitator.html#codes=${codes[0]}`, {
    viewport: { width: 1280, height: 800 },
  });
  await p.page.locator('[data-testid="compare-table"] .link-button').first().click();
  await p.page.waitForSelector('#what-if-run');
  await p.page.selectOption('#what-if-turn', '3');
  const clicks: number[] = [];
  for (let run = 0; run < runs * 2; run++) {
    await p.page.selectOption('#wi-approach', run % 2 === 0 ? 'continuity' : 'campaign');
    clicks.push(
      await p.page.evaluate(async () => {
        const result = document.querySelector('[data-testid="what-if-result"]')!;
        result.replaceChildren();
        const t0 = performance.now();
        (document.getElementById('what-if-run') as HTMLButtonElement).click();
        while (!result.querySelector('[data-testid="wi-trust"]')) await new Promise((r) => setTimeout(r, 0));
        return performance.now() - t0;
      }),
    );
  }
  await p.close();
  line('what-if replay in the debrief (click -> drawn)', clicks, TARGET.whatIf);

  // The bare replay, without drawing, in Node.
  const played = playPlan(scenario, SEED, {
    name: 'steady',
    every_turn: { approach: 'campaign', voice: 'broadcast' },
  });
  const change: TurnDecision = { ...played.game.turns[2]!, approach: 'continuity' };
  const node: number[] = [];
  for (let run = 0; run < 200; run++) {
    const t0 = performance.now();
    whatIf(scenario, played.game, 3, change, played);
    node.push(performance.now() - t0);
  }
  line('what-if replay alone (Node, no drawing)', node, TARGET.whatIf);
}

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 15;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number of at least 1');
  const work = mkdtempSync(join(tmpdir(), 'bench-facilitator-'));
  try {
    await build({ logLevel: 'warn', build: { outDir: work, emptyOutDir: true } });
    const app = await serveStatic(work);
    const browser = await launchChromium();
    try {
      await reportFacilitator(browser, app.origin, runs);
    } finally {
      await browser.close();
      await app.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().catch((e: unknown) => {
    console.error(`bench-facilitator failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
