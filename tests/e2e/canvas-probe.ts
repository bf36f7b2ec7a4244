// Which rendering context each canvas of a page really got. An init script wraps getContext before any
// page code runs and remembers the first context each canvas obtained, so the check needs no hook in the
// game and cannot create a context itself (probing getContext afterwards would, on a canvas without one).
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __canvasContexts?: WeakMap<HTMLCanvasElement, string>;
  }
}

export async function trackCanvasContexts(page: Page): Promise<void> {
  // Source text rather than a function: tsx (bench:web) would compile a function with helpers the page lacks.
  await page.addInitScript({
    content: `(() => {
      const seen = new WeakMap();
      window.__canvasContexts = seen;
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        const ctx = original.call(this, type, ...rest);
        if (ctx && !seen.has(this)) seen.set(this, type);
        return ctx;
      };
    })();`,
  });
}

export interface CanvasInfo {
  width: number;
  height: number;
  /** 'webgl', 'webgl2', '2d', ... or null if no context was ever taken */
  context: string | null;
  contextLost: boolean;
}

/** The canvases attached to the document (Phaser's helper canvases are detached), biggest first. */
export async function pageCanvases(page: Page): Promise<CanvasInfo[]> {
  return page.evaluate(() => {
    const seen = window.__canvasContexts;
    if (!seen) throw new Error('trackCanvasContexts() was not installed before navigation');
    return [...document.querySelectorAll('canvas')]
      .map((c) => {
        const context = seen.get(c) ?? null;
        const gl = context?.startsWith('webgl')
          ? (c.getContext(context) as WebGLRenderingContext | null)
          : null;
        return { width: c.width, height: c.height, context, contextLost: gl ? gl.isContextLost() : false };
      })
      .sort((a, b) => b.width * b.height - a.width * a.height);
  });
}
