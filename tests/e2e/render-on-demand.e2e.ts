// The world is drawn only when its picture changes (src/game/render-on-demand.ts). With reduced motion
// nothing moves on a screen that waits for the players, so WebGL must not draw at all; a played quarter
// changes the picture (people arrive, colours shift), so WebGL must draw again, and a resize too.
import { describe, expect, it } from 'vitest';
import { planGame, playTurnByMouse, waitScreen, worldReady } from './game-driver';
import { screenshot } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

// Counts every WebGL clear and draw on the page (source text: it runs in the page before the game).
const COUNT_DRAWS = `(() => {
  window.__draws = 0;
  for (const C of [WebGLRenderingContext, WebGL2RenderingContext])
    for (const name of ['clear', 'drawArrays', 'drawElements']) {
      const original = C.prototype[name];
      C.prototype[name] = function (...args) {
        window.__draws++;
        return original.apply(this, args);
      };
    }
})();`;

const draws = (page: import('playwright-core').Page) => page.evaluate('window.__draws') as Promise<number>;

describe('drawing on demand', () => {
  it('draws nothing while the picture stands still, and draws again when it changes', async () => {
    const p = await h.openPage('index.html', {
      viewport: { width: 1280, height: 800 },
      beforeNavigate: async (page) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.addInitScript({ content: COUNT_DRAWS });
      },
    });
    const { page } = p;
    await waitScreen(page, 'title');
    await page.locator('#new-game').click();
    await page.locator('label[data-testid^="objective-"]').first().click();
    await page.locator('#start-game').click();
    await waitScreen(page, 'play', 1);
    // The world started when the title screen was left: let it boot, then settle.
    await worldReady(page);
    await page.waitForTimeout(1000);

    const settled = await draws(page);
    expect(settled, 'the play screen was never drawn').toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    expect(await draws(page), 'WebGL drew while nothing moved').toBe(settled);

    // Choosing in the panel changes nothing in the picture.
    await page.locator('label[data-testid="voice-dialogue"]').click();
    await page.waitForTimeout(500);
    expect(await draws(page), 'WebGL drew for a click that changes no picture').toBe(settled);

    const planned = planGame('bottom-up-untrained', 'on-demand-e2e');
    await playTurnByMouse(page, planned.game.turns[0]!);
    await waitScreen(page, 'report', 1);
    await page.waitForTimeout(500);
    const afterTurn = await draws(page);
    expect(afterTurn, 'the played quarter was not drawn').toBeGreaterThan(settled);
    await page.waitForTimeout(1500);
    expect(await draws(page), 'WebGL kept drawing after the quarter settled').toBe(afterTurn);

    // A resize clears the canvas: it must be drawn again at the new size.
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.waitForTimeout(800);
    expect(await draws(page), 'the canvas was not drawn again after a resize').toBeGreaterThan(afterTurn);
    await screenshot(page, 'on-demand-after-resize');
    expect(p.problems()).toEqual([]);
    await p.close();
  });
});
