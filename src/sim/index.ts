// The public face of the simulation core. Pure TypeScript: no phaser, zustand or DOM.

export * from './branch';
export * from './code';
export * from './code-text';
export * from './fixed';
export * from './game';
export * from './game-schema';
export * from './gates';
export * from './golden';
export * from './hash';
export * from './options';
export * from './plan';
export * from './save';
export * from './scenario';
export * from './scenario-catalog';
export * from './scenario-match';
export * from './scenario-schema';
export * from './score';
export * from './seed';
export * from './step';
export * from './types';
export * from './validate';
