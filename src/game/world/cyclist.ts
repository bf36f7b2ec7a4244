// A rider crossing the city on one of the brand's bikes: the title screen's bit of life.
import type * as Phaser from 'phaser';
import { reducedMotion } from '../motion';
import { COLOR } from '../palette';

export function addCyclist(
  scene: Phaser.Scene,
  groundY: number,
  width: number,
  unit: number,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setDepth(1500);
  const u = unit;
  const r = 11 * u;
  g.lineStyle(3 * u, COLOR.paper, 1);
  g.strokeCircle(-18 * u, -r, r);
  g.strokeCircle(18 * u, -r, r);
  g.lineStyle(3 * u, COLOR.brand, 1);
  g.lineBetween(-18 * u, -r, -2 * u, -r);
  g.lineBetween(-2 * u, -r, 10 * u, -r * 2.4);
  g.lineBetween(-10 * u, -r * 2.4, 10 * u, -r * 2.4);
  g.lineBetween(-10 * u, -r * 2.4, -18 * u, -r);
  g.lineBetween(10 * u, -r * 2.4, 18 * u, -r);
  // The rider.
  g.fillStyle(COLOR.warm, 1);
  g.fillCircle(6 * u, -r * 4.3, 6 * u);
  g.lineStyle(4 * u, COLOR.warm, 1);
  g.lineBetween(4 * u, -r * 3.8, -6 * u, -r * 2.6);
  g.lineBetween(-6 * u, -r * 2.6, -2 * u, -r);
  g.lineBetween(4 * u, -r * 3.6, 12 * u, -r * 2.6);
  g.setPosition(-60 * u, groundY);
  if (reducedMotion()) {
    g.setX(width * 0.2);
    return g;
  }
  scene.tweens.add({ targets: g, x: width + 60 * u, duration: 9000, repeat: -1, repeatDelay: 1500 });
  return g;
}
