// Placeholder entry until the game screens land: proves the sim runs in the browser.
import defaultScenario from '../scenarios/default.json';
import { parseScenario } from './sim';

const scenario = parseScenario(defaultScenario, 'default');
const app = document.getElementById('app');
if (app) app.textContent = `Social Journey: ${scenario.title.en}`;
