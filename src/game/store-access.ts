// Scenes reach the store through the game's registry (set once by createGame), never through a global.
import type * as Phaser from 'phaser';
import type { StoreApi } from 'zustand/vanilla';
import { type Texts, textsIn } from '../i18n';
import type { GameStore } from '../store/game-store';

export const STORE_KEY = 'store';

export function storeOf(scene: Phaser.Scene): StoreApi<GameStore> {
  return scene.registry.get(STORE_KEY) as StoreApi<GameStore>;
}

/** The texts in the language of the scene's store (the store owns it; a scene never sets it). */
export function textsOf(scene: Phaser.Scene): Texts {
  return textsIn(storeOf(scene).getState().language);
}
