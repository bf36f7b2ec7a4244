// Draw a frame only when the picture would change. In software WebGL (SwiftShader: school laptops without a
// GPU driver, and headless Chromium) every drawn frame costs the page a full read-back of the canvas, about
// 10 ms of a 16.7 ms frame, even when nothing moved. So after each update step we reduce what the next
// frame would draw to a list of values (which objects, where, how big, what colour, what text, which
// shapes) and draw only if one of them differs from the last drawn frame. A still screen then costs
// almost nothing, and clicks on the panel get the whole frame.
import * as Phaser from 'phaser';

type Values = unknown[];

interface Emitter {
  getAliveParticleCount(): number;
}

interface Shape {
  fillColor: number;
  fillAlpha: number;
  strokeColor: number;
  strokeAlpha: number;
  lineWidth: number;
  isFilled: boolean;
  isStroked: boolean;
}

/** A cheap checksum of a Graphics object's drawing commands: they are plain numbers. */
function commandSum(commands: readonly unknown[]): number {
  let sum = commands.length;
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i];
    if (typeof c === 'number') sum += c * ((i % 13) + 1);
  }
  return sum;
}

/** Everything about one game object that changes what is drawn; false when it needs drawing anyway. */
function addObject(o: Phaser.GameObjects.GameObject, out: Values): boolean {
  const any = o as unknown as Record<string, unknown>;
  out.push(o, any.visible);
  if (any.visible === false) return true;
  out.push(
    any.x,
    any.y,
    any.scaleX,
    any.scaleY,
    any.rotation,
    any.alpha,
    any.depth,
    any.originX,
    any.originY,
  );
  if ('frame' in any) out.push(any.frame, any.flipX, any.flipY);
  if ('tintTopLeft' in any) out.push(any.tintTopLeft, any.tintMode);
  if (o instanceof Phaser.GameObjects.Text) out.push(o.text, o.style.color, o.width, o.height);
  else if (o instanceof Phaser.GameObjects.Graphics) out.push(commandSum(o.commandBuffer));
  else if (o instanceof Phaser.GameObjects.Shape) {
    const s = o as unknown as Shape;
    out.push(o.width, o.height, s.fillColor, s.fillAlpha, s.strokeColor, s.strokeAlpha, s.lineWidth);
    out.push(s.isFilled, s.isStroked);
  } else if (o instanceof Phaser.GameObjects.Particles.ParticleEmitter) {
    // Particles move every frame while any is alive.
    if ((o as unknown as Emitter).getAliveParticleCount() > 0) return false;
  }
  if (o instanceof Phaser.GameObjects.Container)
    for (const child of o.list) if (!addObject(child, out)) return false;
  return true;
}

/**
 * The values that decide the next frame's picture, or null when it must be drawn whatever they are (a
 * camera effect or particles in flight).
 */
export function pictureValues(game: Phaser.Game, out: Values): Values | null {
  out.length = 0;
  out.push(game.scale.width, game.scale.height);
  for (const scene of game.scene.scenes as Phaser.Scene[]) {
    const sys = scene.sys;
    if (!sys.settings.visible || !(sys.isActive() || sys.isPaused())) continue;
    out.push(scene);
    for (const cam of sys.cameras.cameras) {
      if (cam.shakeEffect.isRunning || cam.flashEffect.isRunning || cam.fadeEffect.isRunning) return null;
      out.push(cam, cam.scrollX, cam.scrollY, cam.zoom, cam.alpha, cam.visible, cam.width, cam.height);
    }
    out.push(sys.displayList.length);
    for (const o of sys.displayList.list) if (!addObject(o, out)) return null;
  }
  return out;
}

function same(a: Values, b: Values): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}

/**
 * A Phaser game that runs its update step every frame, as usual, but renders only when the picture
 * changed. Its step mirrors Phaser.Game#step (phaser 4.2) with the render part made conditional.
 */
export class OnDemandGame extends Phaser.Game {
  private drawn: Values = [];
  private next: Values = [];
  private forced = 2;

  /** Draws the next `count` frames whatever the picture (after something the values cannot see). */
  requestRender(count = 1) {
    this.forced = Math.max(this.forced, count);
  }

  override step(time: number, delta: number): void {
    const self = this as unknown as { pendingDestroy: boolean; runDestroy(): void };
    if (self.pendingDestroy) {
      self.runDestroy();
      return;
    }
    if (this.isPaused) return;
    const events = this.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    if (!this.shouldDraw()) return;
    const renderer = this.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }

  private shouldDraw(): boolean {
    const values = pictureValues(this, this.next);
    const unchanged = values !== null && same(values, this.drawn);
    if (values) {
      // Keep what this frame shows; the spare list is reused next frame (no garbage per frame).
      this.next = this.drawn;
      this.drawn = values;
    } else this.drawn.length = 0;
    if (this.forced > 0) {
      this.forced--;
      return true;
    }
    return !unchanged;
  }
}
