// What every scene that draws the brand's world shares: build the world for the canvas size, rebuild it on
// resize or language change, follow the store, and let go of everything on shutdown.
import * as Phaser from 'phaser';
import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../../store/game-store';
import { storeOf, textsOf } from '../store-access';
import { makeTextures } from '../textures';
import type { WorldState } from '../world/state';
import { World } from '../world/world';

export abstract class WorldScene extends Phaser.Scene {
  protected store!: StoreApi<GameStore>;
  protected world: World | null = null;
  private cleanups: (() => void)[] = [];
  private resizeTimer: Phaser.Time.TimerEvent | null = null;
  /** The store state before the changes not drawn yet, and the frame they arrived in. */
  private pending: GameStore | null = null;
  private pendingFrame = 0;

  /** The world to draw for the store's state. */
  protected abstract worldState(s: GameStore): WorldState;
  /** Follow-up after the store changed (animations of a turn, for instance). */
  protected abstract changed(s: GameStore, prev: GameStore): void;
  /** Extra things drawn over the world after it is (re)built. */
  protected decorate(_s: GameStore): void {}
  /** Extra things to let go before the world is rebuilt or the scene ends. */
  protected undecorate(): void {}

  create() {
    this.store = storeOf(this);
    this.cleanups = [];
    this.build();
    const onResize = () => {
      this.resizeTimer?.remove();
      this.resizeTimer = this.time.delayedCall(120, () => this.rebuild());
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    // A store change is drawn one frame later: the page updates its panel in the frame of the click, the
    // world animates in the next one, so no single frame has to carry both.
    const unsubscribe = this.store.subscribe((_s, prev) => {
      if (!this.pending) this.pending = prev;
      this.pendingFrame = this.game.loop.frame;
    });
    this.cleanups.push(unsubscribe, () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    const done = () => {
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, done);
      this.events.off(Phaser.Scenes.Events.DESTROY, done);
      this.shutdown();
    };
    this.events.on(Phaser.Scenes.Events.SHUTDOWN, done);
    this.events.on(Phaser.Scenes.Events.DESTROY, done);
  }

  override update() {
    if (!this.pending || this.game.loop.frame <= this.pendingFrame) return;
    const prev = this.pending;
    this.pending = null;
    const s = this.store.getState();
    if (s.language !== prev.language) this.rebuild();
    else this.changed(s, prev);
  }

  protected build() {
    makeTextures(this);
    const s = this.store.getState();
    const sc = s.scenario;
    const { t, pick } = textsOf(this);
    this.world = new World(this, this.scale.width, this.scale.height, {
      brand: sc.brand.name,
      phases: sc.phases.map((p) => pick(p.label)),
      management: t('world.management'),
      cancelled: t('world.cancelledStamp'),
    });
    this.world.show(this.worldState(s), false);
    this.decorate(s);
  }

  protected rebuild() {
    if (!this.sys.isActive()) return;
    this.undecorate();
    this.world?.destroy();
    this.world = null;
    this.tweens.killAll();
    this.build();
  }

  private shutdown() {
    this.pending = null;
    for (const c of this.cleanups) c();
    this.cleanups = [];
    this.resizeTimer?.remove();
    this.undecorate();
    this.world?.destroy();
    this.world = null;
  }
}
