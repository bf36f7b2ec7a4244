// The briefing: the brand's world as it stands before the first quarter.
import type { GameStore } from '../../store/game-store';
import { SCENE } from '../keys';
import { startWorldState, type WorldState } from '../world/state';
import { WorldScene } from './world-scene';

export class BriefingScene extends WorldScene {
  constructor() {
    super(SCENE.briefing);
  }

  protected worldState(s: GameStore): WorldState {
    return startWorldState(s.scenario.start);
  }

  protected changed(s: GameStore, prev: GameStore): void {
    if (s.scenario !== prev.scenario) this.rebuild();
  }
}
