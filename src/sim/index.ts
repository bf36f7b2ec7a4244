// The public face of the simulation core. Pure TypeScript: no phaser, zustand or DOM.
export * from './fixed';
export * from './game';
export * from './gates';
export * from './golden';
export * from './hash';
export * from './plan';
export * from './scenario';
export * from './scenario-schema';
export * from './score';
export * from './step';
export * from './types';
export * from './validate';
