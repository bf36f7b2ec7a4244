// Drawings that rarely change (the city, the shop, the word-of-mouth links) are painted once into a
// texture and shown as one image. WebGL then draws one quad per frame instead of re-tessellating hundreds
// of shapes: what keeps frames short on slow machines (and in software WebGL). Textures are freed on redraw.
import * as Phaser from 'phaser';

let serial = 0;

/**
 * Graphics#generateTexture (phaser 4.2) draws through one shared camera, whose render list is never emptied:
 * every Graphics drawn that way stays alive for good (a few per quarter, measured with heap snapshots).
 */
export function generateTexture(g: Phaser.GameObjects.Graphics, key: string, w: number, h: number): void {
  g.generateTexture(key, w, h);
  const shared = (Phaser.GameObjects.Graphics as unknown as { TargetCamera?: { renderList?: unknown[] } })
    .TargetCamera;
  if (shared?.renderList) shared.renderList.length = 0;
}

export class Baked {
  readonly image: Phaser.GameObjects.Image;
  private key: string | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    private readonly w: number,
    private readonly h: number,
    depth: number,
  ) {
    this.image = scene.add.image(x, y, '__DEFAULT').setOrigin(0).setDepth(depth).setVisible(false);
  }

  /** Paints with a throwaway Graphics in local coordinates (0,0 is this image's top-left corner). */
  draw(paint: (g: Phaser.GameObjects.Graphics) => void) {
    const g = this.scene.make.graphics({ x: 0, y: 0 }, false);
    paint(g);
    const key = `baked-${++serial}`;
    generateTexture(g, key, Math.max(1, Math.ceil(this.w)), Math.max(1, Math.ceil(this.h)));
    g.destroy();
    this.image.setTexture(key).setPosition(this.x, this.y).setVisible(true);
    if (this.key) this.scene.textures.remove(this.key);
    this.key = key;
  }

  destroy() {
    this.image.destroy();
    if (this.key) this.scene.textures.remove(this.key);
    this.key = null;
  }
}
