// Canvas text in the game's font, sharp on high-density screens.
import type * as Phaser from 'phaser';
import { FONT } from '../palette';

export function label(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  size: number,
  color = '#f3f1ea',
  style: Phaser.Types.GameObjects.Text.TextStyle = {},
): Phaser.GameObjects.Text {
  return scene.add.text(x, y, text, {
    fontFamily: FONT,
    fontSize: `${Math.round(size)}px`,
    color,
    resolution: Math.max(1, Math.min(2, globalThis.devicePixelRatio || 1)),
    ...style,
  });
}
