// The built game in real headless Chromium: the title screen becomes usable, Phaser draws with WebGL (not
// the Canvas fallback that AUTO picks silently), nothing is logged as an error and no request leaves the
// page's origin. The facilitator's view and the device check load cleanly too.
import { describe, expect, it } from 'vitest';
import { pageCanvases, trackCanvasContexts } from './canvas-probe';
import { screenshot, waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

const TITLE = '[data-testid="screen-title"] #new-game';

describe('platform', () => {
  it('Chromium offers WebGL (SwiftShader) with the harness flags', async () => {
    const p = await h.openPage('check.html');
    const version = await p.page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      return gl ? String(gl.getParameter(gl.VERSION)) : null;
    });
    expect(version, 'no WebGL context in headless Chromium: check CHROMIUM_ARGS in harness.ts').toMatch(
      /WebGL/,
    );
    await p.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`the game reaches a usable title screen drawn with WebGL at ${viewport.width}×${viewport.height}`, async () => {
      const p = await h.openPage('index.html', { viewport, beforeNavigate: trackCanvasContexts });
      await waitForSelector(p, TITLE, 'the title screen with its New game button');
      await waitForSelector(p, '#world[data-scene="title"] canvas', 'the title scene in the stage');
      // Let Phaser draw a few frames, so a renderer that fails after boot has time to say so.
      await p.page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
      );
      await p.page.waitForLoadState('networkidle');
      const world = await pageCanvases(p.page);
      expect(world.length, 'Phaser canvases in the page').toBeGreaterThan(0);
      // Two independent signals: the context the canvas really got (Phaser 4's WebGL renderer asks for
      // 'webgl', its Canvas renderer for '2d'), and what the game read from Phaser (renderer.type).
      expect(world[0], 'the game canvas got a WebGL context').toMatchObject({
        context: 'webgl',
        contextLost: false,
      });
      expect(await p.page.locator('#world').getAttribute('data-renderer')).toBe('webgl');
      expect(await p.page.locator(TITLE).isEnabled()).toBe(true);
      await screenshot(p.page, `platform-title-${viewport.width}x${viewport.height}`);
      expect(p.problems()).toEqual([]);
      await p.close();
    });
  }

  for (const page of ['facilitator.html', 'check.html']) {
    it(`${page} loads with no console error and no off-origin request`, async () => {
      const p = await h.openPage(page);
      await waitForSelector(p, '#app > *', `the content of ${page}`);
      await p.page.waitForLoadState('networkidle');
      await screenshot(p.page, `platform-${page.replace('.html', '')}`);
      expect(p.problems()).toEqual([]);
      await p.close();
    });
  }
});
