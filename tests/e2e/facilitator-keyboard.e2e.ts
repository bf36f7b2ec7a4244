// The facilitator's page with the keyboard alone: result codes typed into Collect and added, Compare
// sorted, the projector walked with the arrow keys and left with Escape, both exports downloaded, the
// report reached. Every control is reached with Tab and shows its focus ring. No mouse event is sent.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { teamGames } from './facilitator-fixtures';
import { focusVisible, tabTo } from './game-driver';
import { useHarness } from './use-harness';

const h = useHarness();
const teams = teamGames();

/** Tabs to `selector` (backwards with `back`), checks its focus ring, and presses `key` on it. */
async function press(page: Page, selector: string, key: string, back = false): Promise<void> {
  await tabTo(page, selector, 120, back);
  expect(await focusVisible(page), `focus ring on ${selector}`).toBe(true);
  await page.keyboard.press(key);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : '';
  });

describe("the facilitator's page with the keyboard alone", () => {
  it('collects codes, compares, projects and exports', async () => {
    const p = await h.openPage('facilitator.html', { viewport: { width: 1280, height: 800 } });
    const { page } = p;
    await page.locator('[data-testid="prepare"]').waitFor();

    // Collect: the codes typed into the paste area, one team a line, then added.
    await press(page, '#nav-collect', 'Enter');
    await page.locator('#nav-collect[aria-current="step"]').waitFor();
    await tabTo(page, '#codes-input');
    expect(await focusVisible(page)).toBe(true);
    for (const [i, team] of teams.entries()) {
      await page.keyboard.type(`${team.name}: ${team.code}`);
      if (i < teams.length - 1) await page.keyboard.press('Enter');
    }
    await press(page, '#codes-add', 'Enter');
    await expect.poll(() => page.locator('[data-testid="team-list"] .team-item').count()).toBe(teams.length);

    // Compare, sorted by another key with the arrow keys on the menu.
    await press(page, '#nav-compare', 'Enter', true);
    await page.locator('[data-testid="compare-table"]').waitFor();
    expect(await focused(page), 'a new step puts the focus on its heading').toBe('h2#compare-h');
    const order = () =>
      page
        .locator('[data-testid="compare-table"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.team));
    const before = await order();
    const sortBefore = await page.locator('#compare-sort').inputValue();
    await tabTo(page, '#compare-sort');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#compare-sort').inputValue()).not.toBe(sortBefore);
    expect([...(await order())].sort()).toEqual([...before].sort());

    // Both exports, each downloaded by Enter on its button.
    await tabTo(page, '#export-csv');
    expect(await focusVisible(page)).toBe(true);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    for (const team of teams) expect(csvText).toContain(team.name);
    await tabTo(page, '#export-json');
    expect(await focusVisible(page)).toBe(true);
    const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(exported.teams.map((x: { name: string }) => x.name)).toEqual(teams.map((x) => x.name));

    // The projector: opened by Enter, every slide by the arrow key, back to the first with Home, left
    // with Escape.
    await press(page, '#open-projector', 'Enter', true);
    await page.locator('[data-testid="projector"]').waitFor();
    expect(await focused(page)).toBe('section');
    const counter = page.locator('.slide-counter');
    await expect.poll(() => counter.textContent()).toMatch(/^1 \/ \d+$/);
    const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? '')![1]);
    expect(total).toBeGreaterThan(2);
    for (let slide = 2; slide <= total; slide++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => counter.textContent()).toMatch(new RegExp(`^${slide} / ${total}$`));
    }
    await page.keyboard.press('Home');
    await expect.poll(() => counter.textContent()).toMatch(new RegExp(`^1 / ${total}$`));
    // The slide buttons are reachable too, each with its ring.
    await press(page, '#slide-next', 'Enter');
    await expect.poll(() => counter.textContent()).toMatch(new RegExp(`^2 / ${total}$`));
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="compare-table"]').waitFor();
    expect(await focused(page)).toBe('h2#compare-h');

    // The report step, its print button reached (not pressed: it opens the system's print dialog).
    await press(page, '#nav-report', 'Enter', true);
    await page.locator('[data-testid="report"]').waitFor();
    await tabTo(page, '#print-report');
    expect(await focusVisible(page)).toBe(true);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 180_000);
});
