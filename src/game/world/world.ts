// The brand's world, composed: sky and city, the community around the shop, management's room, the
// phase track, and effects. A scene builds one for its canvas size and feeds it states.
import type * as Phaser from 'phaser';
import { reducedMotion } from '../motion';
import { mood, warmth } from '../palette';
import { Backdrop } from './backdrop';
import { Community } from './community';
import { Effects } from './effects';
import { Hub } from './hub';
import { type Layout, layoutFor } from './layout';
import { Manager } from './manager';
import type { WorldState } from './state';
import { Track } from './track';

export interface WorldTexts {
  brand: string;
  phases: string[];
  management: string;
  cancelled: string;
}

export class World {
  readonly layout: Layout;
  readonly sky: Backdrop;
  readonly community: Community;
  readonly hub: Hub;
  readonly manager: Manager;
  readonly track: Track;
  readonly effects: Effects;
  state: WorldState | null = null;
  private readonly ambient: Phaser.Time.TimerEvent | null = null;
  private beats = 0;

  constructor(scene: Phaser.Scene, w: number, h: number, texts: WorldTexts) {
    this.layout = layoutFor(w, h);
    this.sky = new Backdrop(scene.game.canvas.parentElement as HTMLElement, this.layout);
    this.community = new Community(scene, this.layout);
    this.hub = new Hub(scene, this.layout, texts.brand);
    this.manager = new Manager(scene, this.layout, texts.management, texts.cancelled, this.sky.layer());
    this.track = new Track(scene, this.layout, texts.phases, this.sky.layer());
    this.effects = new Effects(scene, this.layout);
    // Life between turns comes in beats, each short, with the picture still in between: two for the
    // crowd, one for the shop. None with reduced motion.
    if (!reducedMotion())
      this.ambient = scene.time.addEvent({ delay: 1200, loop: true, callback: () => this.beat() });
  }

  private beat() {
    if (this.beats++ % 3 === 2) this.hub.beat();
    else this.community.beat();
  }

  show(s: WorldState, animate: boolean) {
    const k = warmth(s.trust);
    this.sky.update(k, Math.min(1, s.community / 80), animate);
    this.community.update(s, k, animate);
    this.hub.update(s.reach, s.paid, s.talking);
    this.manager.setMood(mood(s.buyIn), animate);
    this.track.update(s.phase, animate);
    this.state = s;
  }

  destroy() {
    this.ambient?.remove();
    this.effects.destroy();
    this.track.destroy();
    this.manager.destroy();
    this.hub.destroy();
    this.community.destroy();
    this.sky.destroy();
  }
}
