// Entry of check.html: a facilitator opens it on a classroom machine to see that this browser replays
// the golden games of every bundled scenario to the very same states as Node did when they were recorded.
import { parseScenario } from '../sim';
import { BUNDLED_SCENARIOS } from '../store/bundled-scenarios';
import { initDisplay } from '../ui/design';
import { registerOffline } from '../ui/offline/register';
import './check.css';
import { renderCheck, renderCrash } from './render';
import { pickLang } from './texts';
import { checkGames, type GoldenGame } from './verify';

// One golden file per scenario, tests/golden/<scenario id>.json (written by npm run golden). This page is
// built by Vite only, so it may glob them; the games are checked in the order the scenarios are bundled.
const goldenFiles = import.meta.glob<GoldenGame[]>('../../tests/golden/*.json', {
  eager: true,
  import: 'default',
});

initDisplay();
registerOffline();
const lang = pickLang(location.search, navigator.languages ?? [navigator.language]);
const app = document.getElementById('app');

if (app) {
  try {
    const scenarios = BUNDLED_SCENARIOS.map((s) => parseScenario(s, s.id));
    const games = scenarios.flatMap((s) => goldenFiles[`../../tests/golden/${s.id}.json`] ?? []);
    renderCheck(app, lang, checkGames(scenarios, games));
  } catch (e) {
    renderCrash(app, lang, (e as Error).message);
  }
}
