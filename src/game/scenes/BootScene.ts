// Boot directs: it keeps the scene on screen in step with the store's screen.
// It draws nothing itself and stays running underneath the others.
import * as Phaser from 'phaser';
import type { Screen } from '../../store/game-store';
import { SCENE, type SceneKey } from '../keys';
import { storeOf } from '../store-access';

const SCENE_OF: Record<Screen, SceneKey> = {
  title: SCENE.title,
  briefing: SCENE.briefing,
  play: SCENE.play,
  end: SCENE.end,
};

export class BootScene extends Phaser.Scene {
  private switchScene: () => void = () => {};

  constructor() {
    super(SCENE.boot);
  }

  override update() {
    this.switchScene();
  }

  create() {
    const store = storeOf(this);
    let current = SCENE_OF[store.getState().screen];
    this.scene.launch(current);
    const mark = (key: SceneKey) => {
      const parent = this.game.canvas?.parentElement;
      if (parent) parent.dataset.scene = key;
    };
    mark(current);
    // The new screen's scene starts one frame after the page changed its panel (see WorldScene.update).
    let wanted = current;
    let askedAt = 0;
    const unsubscribe = store.subscribe((s) => {
      wanted = SCENE_OF[s.screen];
      askedAt = this.game.loop.frame;
    });
    this.switchScene = () => {
      if (wanted === current || this.game.loop.frame <= askedAt) return;
      this.scene.stop(current);
      this.scene.launch(wanted);
      current = wanted;
      mark(wanted);
    };
    const done = () => {
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, done);
      this.events.off(Phaser.Scenes.Events.DESTROY, done);
      unsubscribe();
    };
    this.events.on(Phaser.Scenes.Events.SHUTDOWN, done);
    this.events.on(Phaser.Scenes.Events.DESTROY, done);
  }
}
