// npm run schema: writes scenarios/scenario.schema.json from the zod schema (see scenario-json-schema.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { CliError, print, runCli, usageText } from './cli';
import { SCENARIO_SCHEMA_FILE, scenarioJsonSchemaText } from './scenario-json-schema';

const help = usageText(
  'npm run schema',
  `Writes ${SCENARIO_SCHEMA_FILE} from the zod schema in src/sim/scenario-schema.ts.`,
  { help: { type: 'boolean', help: 'show this help' } },
);

runCli('schema', help, (argv) => {
  if (argv.length > 0) throw new CliError(`npm run schema takes no options, got ${argv.join(' ')}`, true);
  const text = scenarioJsonSchemaText();
  let before = '';
  try {
    before = readFileSync(SCENARIO_SCHEMA_FILE, 'utf8');
  } catch {
    // No file yet: this run creates it.
  }
  if (before === text) {
    print(`${SCENARIO_SCHEMA_FILE} is up to date`);
    return;
  }
  writeFileSync(SCENARIO_SCHEMA_FILE, text);
  print(`wrote ${SCENARIO_SCHEMA_FILE} (${text.length.toLocaleString('en-US')} characters)`);
});
