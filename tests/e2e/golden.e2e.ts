// The golden games replay in Chromium to the very state hashes Node recorded: the device check page
// computes them, and this test compares what the page shows with tests/golden/<scenario id>.json on disk,
// every bundled scenario's games in the order the scenarios are bundled.
import { describe, expect, it } from 'vitest';
import { BUNDLED_SCENARIOS } from '../../src/store/bundled-scenarios';
import { goldenGames } from '../../tools/load';
import { screenshot } from './harness';
import { useHarness } from './use-harness';

const golden = BUNDLED_SCENARIOS.flatMap((s) => goldenGames(s.id));

const h = useHarness();

async function readCheck(lang: 'en' | 'fr') {
  const p = await h.openPage(`check.html?lang=${lang}`);
  const summary = p.page.getByTestId('check-summary');
  await summary.and(p.page.locator(':not([data-status="pending"])')).waitFor({ timeout: 30_000 });
  const rows = await p.page.getByTestId('check-row').evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.getAttribute('data-game'),
      match: tr.getAttribute('data-match'),
      hashes: JSON.parse(tr.getAttribute('data-hashes') ?? '[]') as string[],
      text: tr.textContent,
    })),
  );
  return { p, summary, rows };
}

describe('golden replays in Chromium', () => {
  it('replays every golden game to the hashes recorded in Node', async () => {
    expect(golden.length).toBeGreaterThanOrEqual(3);
    const { p, summary, rows } = await readCheck('en');
    await screenshot(p.page, 'check-en');
    expect(rows.map((r) => r.name)).toEqual(golden.map((g) => g.name));
    for (const [i, g] of golden.entries()) {
      expect(rows[i]?.match, `${g.name}: ${rows[i]?.text}`).toBe('yes');
      expect(rows[i]?.hashes, g.name).toEqual(g.hashes);
    }
    expect(await summary.getAttribute('data-status')).toBe('pass');
    expect(await p.page.locator('html').getAttribute('lang')).toBe('en');
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('speaks French when asked', async () => {
    const { p, summary } = await readCheck('fr');
    expect(await p.page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await summary.textContent()).toMatch(/parties se rejouent/);
    expect(await p.page.getByRole('columnheader').allTextContents()).toEqual([
      'Partie',
      'Tours',
      'Même résultat',
    ]);
    expect(p.problems()).toEqual([]);
    await p.close();
  });
});
