// The Phaser game: WebGL, sized to its parent, no input of its own (every control is a DOM button beside
// the canvas, and Phaser's keyboard capture would swallow Space and Enter on them: pitfall 6).
import * as Phaser from 'phaser';
import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../store/game-store';
import { readPalette } from './palette';
import { OnDemandGame } from './render-on-demand';
import { BootScene } from './scenes/BootScene';
import { BriefingScene } from './scenes/BriefingScene';
import { EndScene } from './scenes/EndScene';
import { PlayScene } from './scenes/PlayScene';
import { TitleScene } from './scenes/TitleScene';
import { STORE_KEY } from './store-access';

export function createGame(parent: HTMLElement, store: StoreApi<GameStore>): OnDemandGame {
  const missing = readPalette(getComputedStyle(document.documentElement));
  if (missing.length > 0) throw new Error(`Design tokens missing for the world: ${missing.join(', ')}`);
  const game = new OnDemandGame({
    type: Phaser.WEBGL,
    parent,
    // Transparent: the sky and the city are drawn by the page underneath (src/game/world/backdrop.ts).
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    // No multisampling: with software WebGL (SwiftShader, and GPU-less school laptops) MSAA more than
    // doubled the frame time. Sprites stay smooth through texture filtering (antialias).
    render: { antialias: true, antialiasGL: false },
    // Real time, not smoothed: on a slow machine a 600 ms animation still takes 600 ms (it just skips frames).
    fps: { smoothStep: false },
    scene: [BootScene, TitleScene, BriefingScene, PlayScene, EndScene],
    callbacks: {
      preBoot: (g) => {
        g.registry.set(STORE_KEY, store);
      },
      postBoot: (g) => {
        // Which renderer Phaser really got (AUTO could silently fall back; we ask for WebGL only).
        parent.dataset.renderer = g.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
        // A restored WebGL context starts blank: draw again even if nothing moved.
        g.canvas.addEventListener('webglcontextrestored', () => game.requestRender(2));
      },
    },
  });
  return game;
}
