// The debrief's what-if in real Chromium, by mouse and by keyboard at three sizes: "every quarter from N
// on" against "only N", a move that waits for a later quarter with each refusal said, the changed quarters
// marked on the right tick of the x axis, the prediction shown beside the outcome (or skipped), and the
// what-if's code copied (or selected where the clipboard is refused) and opened as a game of its own.
// Every figure on the page is checked against the same what-if computed in Node.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type WhatIfResult, whatIf } from '../../src/analysis/what-if';
import { outcomeOf } from '../../src/analysis/what-if-outcome';
import type { TurnDecision } from '../../src/sim';
import { scenario, teamGames } from './facilitator-fixtures';
import { focusVisible, tabTo } from './game-driver';
import { RESULTS_DIR, waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();
const team = teamGames().find((x) => x.planId === 'campaign-broadcast')!;
const game = team.played.game;

/** "Q3–Q6, Q9", as the page writes quarters in English. */
function turnsText(turns: readonly number[]): string {
  const sorted = [...new Set(turns)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `Q${sorted[i]}` : `Q${sorted[i]}–Q${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The horizontal centre, on screen, of the first tick mark of a kind, and of the tick label of quarter n. */
async function markAndLabel(page: Page, kind: 'changed' | 'refused', n: number) {
  const chart = page.locator('[data-testid="what-if-chart-trust"]');
  const marks = await chart.locator(`svg.chart-svg .chart-tickmark-${kind}`).evaluateAll((els) =>
    els.map((e) => {
      const b = e.getBoundingClientRect();
      return b.left + b.width / 2;
    }),
  );
  const label = await chart.locator('text.chart-tick', { hasText: new RegExp(`^Q${n}$`) }).evaluate((e) => {
    const b = e.getBoundingClientRect();
    return b.left + b.width / 2;
  });
  return { first: Math.min(...marks), count: marks.length, label };
}

/** The page's figures against the Node what-if. */
async function checkFigures(page: Page, expected: WhatIfResult): Promise<void> {
  const value = async (id: string) =>
    Number(await page.locator(`[data-testid="${id}"]`).getAttribute('data-value'));
  expect(await value('wi-trust')).toBe(expected.changed.final.vars.trust);
  expect(await value('wi-buyin')).toBe(expected.changed.final.vars.buyIn);
  expect(await value('wi-phase')).toBe(expected.changed.final.phase);
  const legend = page.locator('[data-testid="what-if-chart-trust"] [data-tick="changed"]');
  if (expected.changedTurns.length > 0)
    expect(await legend.textContent()).toContain(turnsText(expected.changedTurns));
}

/** Serious and critical accessibility violations inside the what-if panel. */
async function audit(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="what-if"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openTeamDebrief(page: Page): Promise<void> {
  await waitForSelector(page, '[data-testid="compare-table"]', 'the comparison');
  await page.locator('[data-testid="compare-table"] .link-button').first().click();
  await waitForSelector(page, '[data-testid="debrief-screen"]', 'the debrief');
}

describe('the what-if in the debrief', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    const phone = viewport.width < 600;
    it(`from quarter N on, by mouse and by keyboard, with a prediction and the code at ${size}`, async () => {
      const p = await h.openPage(`facilitator.html#codes=${team.code}`, {
        viewport,
        // On the phone the clipboard is refused, as an insecure or unwilling browser would.
        beforeNavigate: phone
          ? async (page) => {
              await page.addInitScript(() => {
                Object.defineProperty(navigator, 'clipboard', {
                  value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
                });
              });
            }
          : undefined,
      });
      const { page } = p;
      if (!phone)
        await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
      await openTeamDebrief(page);

      // By mouse: what if the campaign team had switched to steady dialogue in Q3 and kept it to the end?
      const turn = 3;
      await page.selectOption('#what-if-turn', String(turn));
      await page.selectOption('#wi-approach', 'continuity');
      await page.selectOption('#wi-voice', 'dialogue');
      // Only Q3 first: one mark, on the Q3 tick.
      await page.click('#what-if-run');
      await expect
        .poll(() => page.locator('[data-testid="what-if-status"]').textContent())
        .toContain('quarter 3 changed');
      const change: TurnDecision = { ...game.turns[turn - 1]!, approach: 'continuity', voice: 'dialogue' };
      const only = whatIf(scenario, game, turn, change, team.played, 'only');
      await checkFigures(page, only);
      const one = await markAndLabel(page, 'changed', turn);
      expect(one.count).toBe(1);
      expect(Math.abs(one.first - one.label)).toBeLessThan(2);
      expect(await page.locator('[data-testid="what-if-scope-summary"]').textContent()).toBe(
        'Changed: quarter 3 only.',
      );
      await page.click('#wi-scope-from');
      await expect.poll(() => page.locator('#wi-scope-hint').isVisible()).toBe(true);
      await page.click('[data-testid="predict-trust-higher"]');
      await page.click('[data-testid="predict-reach-yes"]');
      await page.click('#what-if-run');
      await waitForSelector(p, '[data-testid="what-if-prediction"]', 'the prediction beside the outcome');
      const from = whatIf(scenario, game, turn, change, team.played, 'from');
      expect(from.changed.final.vars.trust).not.toBe(only.changed.final.vars.trust);
      await checkFigures(page, from);
      const outcome = outcomeOf(scenario, from);
      expect(await page.locator('[data-testid="predict-row-trust-expected"]').textContent()).toBe('higher');
      expect(await page.locator('[data-testid="predict-row-trust-went"]').textContent()).toContain(
        { higher: 'higher', same: 'about the same', lower: 'lower' }[outcome.trust],
      );
      expect(await page.locator('[data-testid="predict-row-reach-expected"]').textContent()).toBe('yes');
      expect(await page.locator('[data-testid="predict-row-reach-went"]').textContent()).toContain(
        outcome.reached ? 'yes' : 'no',
      );
      const status = (await page.locator('[data-testid="what-if-status"]').textContent()) ?? '';
      expect(status).toContain('every quarter changed from quarter 3 on');
      expect(status).toContain('You expected trust higher');
      // The changed quarters are marked from Q3 on: the first mark sits on the Q3 tick, one per quarter.
      const ticks = await markAndLabel(page, 'changed', turn);
      expect(Math.abs(ticks.first - ticks.label)).toBeLessThan(2);
      expect(ticks.count).toBe(from.changedTurns.length);
      if (viewport.width === 1280) expect(await audit(page)).toEqual([]);
      await page.locator('[data-testid="what-if-prediction"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(RESULTS_DIR, `what-if-prediction-${size}.png`) });
      await page.locator('[data-testid="what-if-chart-trust"]').screenshot({
        path: join(RESULTS_DIR, `what-if-ticks-${size}.png`),
      });

      // The code: copied where the browser allows it, selected where it does not; it opens as that game.
      const code = ((await page.locator('[data-testid="what-if-code"]').textContent()) ?? '').trim();
      await page.click('#what-if-copy');
      const copyStatus = page.locator('[data-testid="what-if-copy-status"]');
      if (phone) {
        await expect.poll(() => copyStatus.textContent()).toContain('the code is selected');
        expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(code);
      } else {
        await expect.poll(() => copyStatus.textContent()).toContain('Copied');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      }
      await page.locator('.what-if-code').screenshot({ path: join(RESULTS_DIR, `what-if-copy-${size}.png`) });

      // By keyboard: Q1, every quarter from it on, a social department (not possible before the second
      // phase and a sponsor), the prediction skipped.
      await tabTo(page, '#what-if-turn', 200, true);
      await page.keyboard.press('Home');
      await expect.poll(() => page.locator('#what-if-turn').inputValue()).toBe('1');
      await tabTo(page, 'input[name="wi-scope"]');
      expect(await focusVisible(page)).toBe(true);
      expect(await page.locator('#wi-scope-from').isChecked()).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await page.locator('#wi-scope-only').isChecked()).toBe(true);
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#wi-scope-from').isChecked()).toBe(true);
      await tabTo(page, 'input[value="social-department"]');
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press('Space');
      expect(await page.locator('input[value="social-department"]').isChecked()).toBe(true);
      expect(await page.locator('[data-why="social-department"]').textContent()).toContain(
        'not possible in Q1',
      );
      await tabTo(page, 'input[name="predict-trust"]');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('[data-testid="predict-trust-same"]').isChecked()).toBe(true);
      await tabTo(page, '#what-if-skip');
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('[data-testid="what-if-status"]').textContent())
        .toContain('from quarter 1 on');
      const own = game.turns[0]!;
      const deferred: TurnDecision = { ...own, moves: [...own.moves, 'social-department'] };
      const later = whatIf(scenario, game, 1, deferred, team.played, 'from');
      await checkFigures(page, later);
      expect(await page.locator('[data-testid="what-if-prediction"]').count()).toBe(0);
      expect(await page.locator('[data-testid="what-if-status"]').textContent()).not.toContain(
        'You expected',
      );
      const refused = later.refusals.filter((x) => x.id === 'social-department').map((x) => x.turn);
      expect(refused[0]).toBe(1);
      const list = (await page.locator('[data-testid="what-if-refusals"]').textContent()) ?? '';
      expect(list).toContain('Create a social media department');
      expect(list).toContain('Needs the Social marketing phase.');
      const madeIn = later.game.turns.findIndex((d) => d.moves.includes('social-department')) + 1;
      expect(list).toContain(madeIn > 0 ? `Made in Q${madeIn}` : 'Never made');
      const crosses = await markAndLabel(page, 'refused', 1);
      expect(Math.abs(crosses.first - crosses.label)).toBeLessThan(2);
      expect(
        await page.locator('[data-testid="what-if-chart-trust"] [data-tick="refused"]').textContent(),
      ).toContain(turnsText([...refused, ...(later.unplayed ? [later.unplayed.first] : [])]).split(',')[0]!);
      if (viewport.width === 1280) expect(await audit(page)).toEqual([]);
      await page.locator('[data-testid="what-if-refusals"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(RESULTS_DIR, `what-if-refusals-${size}.png`) });
      await page.locator('[data-testid="what-if-chart-trust"]').screenshot({
        path: join(RESULTS_DIR, `what-if-refused-ticks-${size}.png`),
      });
      expect(p.problems()).toEqual([]);
      await p.close();

      if (viewport.width !== 1280) return;
      // The copied code opens in the game like any code, and its debrief tells the what-if's story.
      const g = await h.openPage(`index.html#code=${code}`, { viewport });
      await waitForSelector(g, '[data-testid="screen-end"] #open-debrief', "the what-if's end screen");
      await g.page.click('#open-debrief');
      await waitForSelector(g, '[data-testid="debrief-screen"]', "the what-if's debrief");
      const trust = g.page.locator('[data-testid="debrief-summary"] dd[data-value]').first();
      expect(Number(await trust.getAttribute('data-value'))).toBe(from.changed.final.vars.trust);
      expect(g.problems()).toEqual([]);
      await g.close();
    });
  }
});
