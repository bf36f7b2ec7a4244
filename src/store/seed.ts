// Seeds people can read aloud to a room ("river-4821"). Drawn with the browser's crypto, never used
// for anything but choosing the seed text: the simulation's randomness comes from the seed alone.
const WORDS = [
  'amber',
  'birch',
  'cedar',
  'delta',
  'ember',
  'fjord',
  'grove',
  'harbor',
  'island',
  'juniper',
  'kestrel',
  'lagoon',
  'maple',
  'nova',
  'orbit',
  'pebble',
  'quartz',
  'river',
  'summit',
  'tundra',
  'umber',
  'valley',
  'willow',
  'zephyr',
];

export function drawSeed(random: () => number = cryptoRandom): string {
  const word = WORDS[Math.floor(random() * WORDS.length)]!;
  const number = 1000 + Math.floor(random() * 9000);
  return `${word}-${number}`;
}

function cryptoRandom(): number {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return buf[0]! / 4294967296;
}

export { cleanSeed, SEED_MAX } from '../sim/seed';
