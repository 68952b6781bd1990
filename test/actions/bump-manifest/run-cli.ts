// One bump-manifest process, as the CLI runs it (`gitops-actions bump-manifest --…`), for tests
// that need real concurrent processes. Registered alone so it does not depend on the registry.
import { definition } from '../../../src/actions/bump-manifest/definition.js';
import { cliMain } from '../../../src/platform/cli-main.js';

process.exitCode = await cliMain([definition], {
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  version: 'test',
});
