// The title: a city at dusk where a community forms around nothing yet, people linking up, a rider going
// by, and the game's name. The form itself is in the DOM panel beside it.
import * as Phaser from 'phaser';
import type { GameStore } from '../../store/game-store';
import { SCENE } from '../keys';
import { reducedMotion } from '../motion';
import { COLOR, css, warmth } from '../palette';
import { storeOf, textsOf } from '../store-access';
import { makeTextures } from '../textures';
import type { Backdrop } from '../world/backdrop';
import { Community } from '../world/community';
import { addCyclist } from '../world/cyclist';
import { type Layout, layoutFor } from '../world/layout';
import { label } from '../world/text';
import { titleBackdrop, titleLayout } from '../world/title-backdrop';

export class TitleScene extends Phaser.Scene {
  private parts: { destroy(): void }[] = [];
  private generation = 0;
  private cleanups: (() => void)[] = [];

  constructor() {
    super(SCENE.title);
  }

  create() {
    const store = storeOf(this);
    this.build(store.getState());
    const onResize = () => this.rebuild(store.getState());
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.language !== prev.language) this.rebuild(s);
    });
    this.cleanups = [unsubscribe, () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize)];
    const done = () => {
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, done);
      this.events.off(Phaser.Scenes.Events.DESTROY, done);
      for (const c of this.cleanups) c();
      this.cleanups = [];
      this.clear();
    };
    this.events.on(Phaser.Scenes.Events.SHUTDOWN, done);
    this.events.on(Phaser.Scenes.Events.DESTROY, done);
  }

  private build(_s: GameStore) {
    const L = layoutFor(this.scale.width, this.scale.height);
    const wide = titleLayout(this.scale.width, this.scale.height);
    const sky = titleBackdrop(this.game.canvas.parentElement as HTMLElement, wide);
    this.parts = [sky];
    // The sky is enough for the first frame: the crowd, the name and the rider come one frame later, so
    // the screen is usable as soon as possible on a slow machine.
    const generation = ++this.generation;
    this.time.delayedCall(1, () => {
      if (generation === this.generation && this.sys.isActive()) this.populate(L, wide, sky);
    });
  }

  private populate(L: Layout, wide: Layout, sky: Backdrop) {
    makeTextures(this);
    const { t } = textsOf(this);
    const community = new Community(this, wide, true);
    const title = label(this, L.w / 2, L.h * 0.2, t('app.name'), Math.max(30, 64 * L.unit), css(COLOR.gold), {
      fontStyle: 'bold',
      stroke: css(COLOR.ink),
      strokeThickness: 6,
    }).setOrigin(0.5);
    const tagline = label(
      this,
      L.w / 2,
      L.h * 0.2 + Math.max(30, 56 * L.unit),
      t('title.canvasTagline'),
      Math.max(14, 22 * L.unit),
      css(COLOR.paper),
      {
        align: 'center',
        wordWrap: { width: L.w * 0.8 },
      },
    ).setOrigin(0.5, 0);
    const rider = addCyclist(this, L.groundY, L.w, L.unit);
    this.parts.push(community, title, tagline, rider);

    // A community that grows, links up and warms, then starts again: the journey in ten seconds.
    let k = reducedMotion() ? 0.7 : 0.1;
    const show = () => {
      const state = {
        community: 10 + 70 * k,
        trust: 15 + 60 * k,
        wordOfMouth: 60 * k,
        participation: 50 * k,
      };
      sky.update(warmth(state.trust), k, true);
      community.update(state, warmth(state.trust), true);
    };
    show();
    if (!reducedMotion()) {
      const timer = this.time.addEvent({
        delay: 900,
        loop: true,
        callback: () => {
          k = k >= 1 ? 0.1 : Math.min(1, k + 0.08);
          show();
        },
      });
      this.parts.push({ destroy: () => timer.remove() });
    }
  }

  private clear() {
    this.generation++;
    this.tweens.killAll();
    for (const p of this.parts) p.destroy();
    this.parts = [];
  }

  private rebuild(s: GameStore) {
    if (!this.sys.isActive()) return;
    this.clear();
    this.build(s);
  }
}
