// The end: the world as the game left it. A completed journey celebrates (more in a later phase); a
// cancelled programme keeps management's stamp; a lost community leaves an empty, dim plaza.

import type { GameStore } from '../../store/game-store';
import { SCENE } from '../keys';
import { reducedMotion } from '../motion';
import { COLOR, css } from '../palette';
import { textsOf } from '../store-access';
import { type WorldState, worldStateOf } from '../world/state';
import { label } from '../world/text';
import { WorldScene } from './world-scene';

export class EndScene extends WorldScene {
  private extras: { destroy(): void }[] = [];

  constructor() {
    super(SCENE.end);
  }

  protected worldState(s: GameStore): WorldState {
    return worldStateOf(s.scenario, s.current!, s.game?.turns.at(-1));
  }

  protected changed(s: GameStore, prev: GameStore): void {
    if (s.current !== prev.current) this.rebuild();
  }

  protected override decorate(s: GameStore): void {
    const world = this.world;
    const final = s.current;
    if (!world || !final) return;
    const ending = final.ending ?? 'unfinished';
    const L = world.layout;
    const title = label(
      this,
      L.plaza.cx,
      L.track.y + 44 * L.unit,
      textsOf(this).t(`ending.${ending}.title`),
      Math.max(18, 30 * L.unit),
      ending === 'completed' ? css(COLOR.gold) : css(COLOR.danger),
      {
        fontStyle: 'bold',
        stroke: css(COLOR.ink),
        strokeThickness: 5,
        align: 'center',
        wordWrap: { width: L.plaza.rx * 2 },
      },
    )
      .setOrigin(0.5, 0)
      .setDepth(3300);
    this.extras.push(title);
    if (ending === 'cancelled') {
      world.effects.failure();
      world.manager.cancel();
    } else if (ending === 'community-lost') {
      world.effects.failure();
      world.community.scatter();
    } else if (ending === 'completed' && !reducedMotion()) {
      // Confetti, more of it the further the brand went.
      const timer = this.time.addEvent({
        delay: 1400 - final.phase * 350,
        loop: true,
        callback: () =>
          this.world?.effects.burst(
            L.plaza.cx + (Math.random() - 0.5) * L.plaza.rx,
            L.plaza.cy,
            true,
            10 + final.phase * 8,
          ),
      });
      this.extras.push({ destroy: () => timer.remove() });
      this.cameras.main.flash(300, 255, 230, 160);
    }
  }

  protected override undecorate(): void {
    for (const e of this.extras) e.destroy();
    this.extras = [];
  }
}
