// Entry of check.html: a facilitator opens it on a classroom machine to see that this browser replays
// the golden games to the very same states as Node did when they were recorded.
import defaultScenario from '../../scenarios/default.json';
import golden from '../../tests/golden/games.json';
import { parseScenario } from '../sim';
import { initDisplay } from '../ui/design';
import { registerOffline } from '../ui/offline/register';
import './check.css';
import { renderCheck, renderCrash } from './render';
import { pickLang } from './texts';
import { checkGames, type GoldenGame } from './verify';

initDisplay();
registerOffline();
const lang = pickLang(location.search, navigator.languages ?? [navigator.language]);
const app = document.getElementById('app');

if (app) {
  try {
    const scenario = parseScenario(defaultScenario, 'default');
    const games = golden as unknown as GoldenGame[];
    renderCheck(app, lang, checkGames(scenario, games));
  } catch (e) {
    renderCrash(app, lang, (e as Error).message);
  }
}
