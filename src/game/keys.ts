// Scene keys and the store screen each scene shows.
export const SCENE = {
  boot: 'boot',
  title: 'title',
  briefing: 'briefing',
  play: 'play',
  end: 'end',
} as const;

export type SceneKey = (typeof SCENE)[keyof typeof SCENE];

/** Generated textures (src/game/textures.ts). */
export const TEX = {
  person: 'person',
  badge: 'badge',
  spark: 'spark',
  dot: 'dot',
} as const;
