// A scenario a trainer wrote, opened from its file: dropped on the title screen and played for two
// quarters (the page's states equal Node's), a broken file shown with every problem and its path (the
// built-in scenarios untouched), and in the facilitator's page a team's code of that scenario asks for its
// file, then is collected once the file is opened.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  contextOf,
  encodeResultCode,
  initialState,
  newGame,
  parsePlan,
  parseScenarioText,
  planDecision,
  playPlan,
  playTurn,
  stateHash,
} from '../../src/sim';
import { BUNDLED_SCENARIOS } from '../../src/store/bundled-scenarios';
import { playTurnByMouse, shownHash, waitScreen } from './game-driver';
import { screenshot, waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();
const FILE = 'docs/examples/corner-bakery.json';
const text = readFileSync(FILE, 'utf8');
const bakery = parseScenarioText(text, FILE);
const plan = parsePlan(
  JSON.parse(readFileSync('docs/examples/corner-bakery-plans/daily-chat.json', 'utf8')),
  bakery,
);

/** Drops a file on an element, as a person dragging it from their desktop does. */
async function dropFile(page: Page, selector: string, name: string, content: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, c]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([c!], n!, { type: 'application/json' }));
      return dt;
    },
    [name, content],
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

describe('custom scenario files', () => {
  it('plays a scenario file dropped on the title screen, quarter for quarter as Node does', async () => {
    const p = await h.openPage('index.html', { viewport: { width: 1280, height: 900 } });
    const { page } = p;
    await waitScreen(page, 'title');
    await dropFile(page, '[data-testid="screen-title"]', 'corner-bakery.json', text);
    const option = page.locator('input#scenario-pick-corner-bakery');
    await option.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await option.isChecked()).toBe(true);
    const card = page.locator('label[data-testid="scenario-pick-corner-bakery"]');
    expect(await card.textContent()).toContain('Eight quarters with a local bakery');
    expect(await card.locator('.tag').allTextContents()).toEqual([
      '8 quarters',
      'about 45 min',
      'Introductory',
      'From your file',
    ]);
    // The built-in scenario is still offered, unchanged.
    expect(await page.locator('input#scenario-pick-default').count()).toBe(1);
    await screenshot(page, 'custom-scenario-title-1280x900');

    await page.locator('#seed-input').fill('bakery-e2e');
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
    expect(await page.locator('[data-testid="screen-briefing"]').textContent()).toContain('Fournil & Fils');
    await page.locator('label[data-testid="objective-regulars"]').click();
    await page.locator('#start-game').click();
    await waitScreen(page, 'play', 1);

    const game = newGame(bakery, 'bakery-e2e', 'regulars');
    const ctx = contextOf(bakery, game);
    let state = initialState(ctx, game.seed);
    expect(await shownHash(page)).toBe(stateHash(state));
    const queue: string[] = [];
    for (const turn of [1, 2]) {
      const d = planDecision(ctx, plan, state, queue);
      await playTurnByMouse(page, d, bakery);
      state = playTurn(ctx, state, d).state;
      await waitScreen(page, 'report', turn);
      expect(await shownHash(page)).toBe(stateHash(state));
      await page.locator('#next-quarter').click();
    }
    await waitScreen(page, 'play', 3);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);

  it('shows every problem of a broken file with its path and keeps the built-in scenarios', async () => {
    const p = await h.openPage('index.html', { viewport: { width: 390, height: 844 } });
    const { page } = p;
    await waitScreen(page, 'title');
    const broken = readFileSync('tests/fixtures/broken-scenarios/requirement-cycles.json', 'utf8');
    await dropFile(page, '[data-testid="screen-title"]', 'requirement-cycles.json', broken);
    const problems = page.locator('[data-testid="scenario-file-problems"]');
    await problems.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await problems.locator('strong').textContent()).toBe(
      'requirement-cycles.json cannot be used. Problems found: 3',
    );
    expect(await problems.locator('li').allTextContents()).toEqual([
      '$.moves[1].requires[0] "staff-training" requires itself',
      '$.moves[0].requires[0] a cycle of requirements: tasting-club → neighbourhood-events → tasting-club',
      '$.phases[1].gate.movesAny none of these moves can be in place during experimentation',
    ]);
    // Nothing was added and the built-in scenario stays chosen.
    expect(await page.locator('input[name="scenario-pick"]').count()).toBe(BUNDLED_SCENARIOS.length);
    expect(await page.locator('input#scenario-pick-default').isChecked()).toBe(true);
    await screenshot(page, 'custom-scenario-problems-390x844');

    // The file picker takes the same path; a file with a BOM and schema problems lists them all.
    const schema = readFileSync('tests/fixtures/broken-scenarios/schema-with-bom.json');
    await page.setInputFiles('#scenario-file-input', {
      name: 'schema-with-bom.json',
      mimeType: 'application/json',
      buffer: schema,
    });
    await page
      .locator('[data-testid="scenario-file-problems"] strong', { hasText: 'schema-with-bom.json' })
      .waitFor();
    const paths = await problems.locator('li code').allTextContents();
    expect(paths).toEqual(['$.level', '$.turns', '$.start.budget', '$']);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 60_000);

  it("asks the facilitator for the file of a custom scenario's result code, then collects it", async () => {
    const played = playPlan(bakery, 'bakery-room', plan).game;
    const code = encodeResultCode(bakery, played);
    const p = await h.openPage('facilitator.html', { viewport: { width: 1280, height: 800 } });
    const { page } = p;
    await waitForSelector(p, '[data-testid="prepare"]', 'the prepare step');
    await page.click('#nav-collect');
    await page.fill('#codes-input', `Bakers: ${code}`);
    await page.click('#codes-add');
    const waiting = page.locator('[data-testid="awaiting-scenarios"]');
    await waiting.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await waiting.locator('li[data-scenario="corner-bakery"]').textContent()).toContain(
      'the scenario “corner-bakery”, which this page does not have: open its file',
    );
    expect(await page.locator('[data-testid="refused"] .refusal').getAttribute('data-code')).toBe(
      'unknown-scenario',
    );
    await screenshot(page, 'custom-scenario-facilitator-asks-1280x800');

    await page.setInputFiles('#collect-scenario-file-input', {
      name: 'corner-bakery.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.locator('[data-testid="team-list"] .team-item').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="team-list"] .team-item input').inputValue()).toBe('Bakers');
    expect(await waiting.count()).toBe(0);
    expect(await page.locator('[data-testid="refused"]').count()).toBe(0);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 60_000);
});
