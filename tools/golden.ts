// Writes tests/golden/games.json: a few fixed games and the hash of every state they pass through.
// Run after a deliberate change to the model (npm run golden); the tests check Node and Chromium against it.
import { writeFileSync } from 'node:fs';
import { type GameSetup, playPlan, stateHash } from '../src/sim';
import { loadPlan, loadScenario } from './load';

const cases: { plan: string; seed: string; setup?: GameSetup }[] = [
  { plan: 'continuity-dialogue', seed: 'golden-1' },
  { plan: 'campaign-broadcast', seed: 'golden-2' },
  { plan: 'viral-gambler', seed: 'golden-3' },
  {
    plan: 'bottom-up-untrained',
    seed: 'golden-4',
    setup: { turns: 8, fixedEvents: { '3': 'viral-complaint' } },
  },
];

const scenario = loadScenario('default');
const games = cases.map(({ plan, seed, setup }) => {
  const played = playPlan(scenario, seed, loadPlan(`scenarios/plans/${plan}.json`, scenario), setup);
  return {
    name: `${plan} / ${seed}`,
    game: played.game,
    hashes: [played.initial, ...played.records.map((r) => r.state)].map(stateHash),
  };
});
writeFileSync('tests/golden/games.json', `${JSON.stringify(games, null, 1)}\n`);
console.log(`wrote ${games.length} golden games to tests/golden/games.json`);
