// Scenes reach the store through the game's registry (set once by createGame), never through a global.
import type * as Phaser from 'phaser';
import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../store/game-store';

export const STORE_KEY = 'store';

export function storeOf(scene: Phaser.Scene): StoreApi<GameStore> {
  return scene.registry.get(STORE_KEY) as StoreApi<GameStore>;
}
