// Boot: makes the textures, then directs: it keeps the scene on screen in step with the store's screen.
// It draws nothing itself and stays running underneath the others.
import * as Phaser from 'phaser';
import type { Screen } from '../../store/game-store';
import { SCENE, type SceneKey } from '../keys';
import { storeOf } from '../store-access';
import { makeTextures } from '../textures';

const SCENE_OF: Record<Screen, SceneKey> = {
  title: SCENE.title,
  briefing: SCENE.briefing,
  play: SCENE.play,
  end: SCENE.end,
};

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENE.boot);
  }

  create() {
    makeTextures(this);
    const store = storeOf(this);
    let current = SCENE_OF[store.getState().screen];
    this.scene.launch(current);
    const mark = (key: SceneKey) => {
      const parent = this.game.canvas?.parentElement;
      if (parent) parent.dataset.scene = key;
    };
    mark(current);
    const unsubscribe = store.subscribe((s) => {
      const next = SCENE_OF[s.screen];
      if (next === current) return;
      this.scene.stop(current);
      this.scene.launch(next);
      current = next;
      mark(next);
    });
    const done = () => {
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, done);
      this.events.off(Phaser.Scenes.Events.DESTROY, done);
      unsubscribe();
    };
    this.events.on(Phaser.Scenes.Events.SHUTDOWN, done);
    this.events.on(Phaser.Scenes.Events.DESTROY, done);
  }
}
