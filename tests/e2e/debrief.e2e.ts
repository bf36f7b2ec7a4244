// The debrief screen in real Chromium, opened from the facilitator's view and from the game's end screen:
// its parts are there, the what-if replay equals the headless runner given the changed decisions, notes
// survive a reload, and the screens are captured at two sizes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFromGame } from '../../src/analysis/plan-from-game';
import { whatIf } from '../../src/analysis/what-if';
import { decodeResultCode, type TurnDecision } from '../../src/sim';
import { runRunner, SEED, scenario, type TeamGame, teamGames, writePlan } from './facilitator-fixtures';
import { type Harness, type OpenedPage, RESULTS_DIR, startHarness, waitForSelector } from './harness';

let h: Harness;
let team: TeamGame;

beforeAll(async () => {
  team = teamGames().find((t) => t.planId === 'campaign-broadcast')!;
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function openTeamDebrief(p: OpenedPage): Promise<void> {
  await waitForSelector(p, '[data-testid="compare-table"]', 'the comparison');
  await p.page.locator('[data-testid="compare-table"] .link-button').first().click();
  await waitForSelector(p, '[data-testid="debrief-screen"]', 'the debrief');
}

describe('debrief', () => {
  it('shows the story, true vs seen, turning points, and a what-if equal to the runner', async () => {
    const p = await h.openPage(`facilitator.html#codes=${team.code}`, {
      viewport: { width: 1280, height: 720 },
    });
    await openTeamDebrief(p);
    const page = p.page;
    expect(await page.locator('[data-testid="debrief-timeline"] tbody tr').count()).toBe(
      team.played.records.length,
    );
    expect(await page.locator('[data-testid="turning-points"] li.turning-card').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="chart-true"] svg title').textContent()).toBeTruthy();
    // The dashboard chart has gaps only where nothing was measured: one "seen" line per measured KPI.
    const measured = new Set(team.played.game.turns.flatMap((d) => d.measure));
    expect(await page.locator('[data-testid="chart-seen"] .chart-series').count()).toBe(2 * measured.size);
    expect(await page.locator('[data-testid="reference-table"] tbody tr').count()).toBeGreaterThan(3);

    // What if the campaign team had switched to steady dialogue in Q3?
    const turn = 3;
    await page.selectOption('#what-if-turn', String(turn));
    await page.selectOption('#wi-approach', 'continuity');
    await page.selectOption('#wi-voice', 'dialogue');
    await page.click('#what-if-run');
    await waitForSelector(p, '[data-testid="wi-trust"]', 'the what-if result');
    const shownTrust = Number(await page.locator('[data-testid="wi-trust"]').getAttribute('data-value'));
    const shownBuyIn = Number(await page.locator('[data-testid="wi-buyin"]').getAttribute('data-value'));
    const code = (await page.locator('[data-testid="what-if-code"]').textContent())!.trim();
    await page.screenshot({ path: join(RESULTS_DIR, 'debrief-what-if-1280x720.png') });

    // The same change computed in Node.
    const own = team.played.game.turns[turn - 1]!;
    const change: TurnDecision = { ...own, approach: 'continuity', voice: 'dialogue' };
    const expected = whatIf(scenario, team.played.game, turn, change);
    const decoded = decodeResultCode(code, [scenario]);
    expect(decoded.game.turns).toEqual(expected.game.turns);
    expect(decoded.game.turns.slice(0, turn - 1)).toEqual(team.played.game.turns.slice(0, turn - 1));
    expect(decoded.game.turns[turn - 1]).toEqual(change);
    expect(shownTrust).toBe(expected.changed.final.vars.trust);

    // And by the headless runner in its own process, given the changed decisions as a plan.
    const asPlan = planFromGame(decoded.game, decoded.replay, 'what-if from the debrief e2e');
    if (!asPlan.ok) throw new Error(asPlan.problem);
    const report = runRunner(writePlan('debrief-what-if', asPlan.plan), SEED);
    expect(report.game.turns).toEqual(decoded.game.turns);
    expect(Math.round(report.final.trust * 100)).toBe(shownTrust);
    expect(Math.round(report.final.buyIn * 100)).toBe(shownBuyIn);
    expect(shownTrust).not.toBe(team.played.final.vars.trust);
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it("keeps a team's notes in the facilitator's session", async () => {
    const p = await h.openPage(`facilitator.html#codes=${team.code}`);
    await openTeamDebrief(p);
    await p.page.fill('#debrief-notes', 'They saw followers rise while trust sank.');
    await waitForSelector(p, '#debrief-notes-status:has-text("saved")', 'the saved notice');
    await p.page.reload();
    await openTeamDebrief(p);
    expect(await p.page.inputValue('#debrief-notes')).toBe('They saw followers rise while trust sank.');
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`screens from the facilitator and from the game's end at ${size}`, async () => {
      const p = await h.openPage(`facilitator.html#codes=${team.code}`, { viewport });
      await openTeamDebrief(p);
      await p.page.screenshot({ path: join(RESULTS_DIR, `debrief-facilitator-${size}.png`) });
      await p.page.locator('#debrief-gps-h').scrollIntoViewIfNeeded();
      await p.page.click('.debrief-nav button:nth-child(2)');
      await p.page.screenshot({ path: join(RESULTS_DIR, `debrief-true-vs-seen-${size}.png`) });
      await p.page.click('.debrief-nav button:nth-child(3)');
      await p.page.screenshot({ path: join(RESULTS_DIR, `debrief-turning-${size}.png`) });
      await p.page.screenshot({
        path: join(RESULTS_DIR, `debrief-facilitator-full-${size}.png`),
        fullPage: true,
      });
      expect(p.problems()).toEqual([]);
      await p.close();

      // The game's end screen opened from the same result code, then its Debrief button.
      const g = await h.openPage(`index.html#code=${team.code}`, { viewport });
      await waitForSelector(g, '[data-testid="screen-end"] #open-debrief', "the game's end screen");
      await g.page.click('#open-debrief');
      await waitForSelector(g, '[data-testid="debrief-screen"]', 'the debrief in the game');
      await g.page.screenshot({ path: join(RESULTS_DIR, `debrief-game-${size}.png`) });
      await g.page.fill('#debrief-notes', 'Our notes in the game.');
      await waitForSelector(g, '#debrief-notes-status:has-text("saved")', 'the saved notice');
      await g.page.click('#close-debrief');
      await g.page.click('#open-debrief');
      await waitForSelector(g, '[data-testid="debrief-screen"]', 'the debrief again');
      expect(await g.page.inputValue('#debrief-notes')).toBe('Our notes in the game.');
      expect(g.problems()).toEqual([]);
      await g.close();
    });
  }
});
