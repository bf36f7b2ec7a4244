// Every image the game draws is generated here at boot: no file to load, nothing from another origin.
import type * as Phaser from 'phaser';
import { TEX } from './keys';
import { generateTexture } from './world/baked';

/** Makes the textures once per game; scenes call it when they first need them (not before the first frame). */
export function makeTextures(scene: Phaser.Scene): void {
  if (scene.textures.exists(TEX.spark)) return;
  const g = scene.make.graphics({}, false);

  // A person: round head, rounded shoulders. White, so it can be tinted by trust.
  g.clear();
  g.fillStyle(0xffffff, 1);
  g.fillCircle(12, 8, 7);
  g.fillRoundedRect(2, 17, 20, 19, { tl: 10, tr: 10, bl: 3, br: 3 });
  generateTexture(g, TEX.person, 24, 36);

  // The brand badge an employee who speaks for the brand wears.
  g.clear();
  g.fillStyle(0xffffff, 1);
  g.fillCircle(5, 5, 5);
  generateTexture(g, TEX.badge, 10, 10);

  g.clear();
  g.fillStyle(0xffffff, 1);
  g.fillCircle(4, 4, 4);
  generateTexture(g, TEX.dot, 8, 8);

  // A soft spark for bursts: concentric circles of falling alpha.
  g.clear();
  for (let r = 8; r >= 1; r--) {
    g.fillStyle(0xffffff, 0.12 + (8 - r) * 0.1);
    g.fillCircle(8, 8, r);
  }
  generateTexture(g, TEX.spark, 16, 16);

  g.destroy();
}
