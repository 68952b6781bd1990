import type { AnyActionDefinition } from '../core/action-spec.js';
import { errorMessage, isConfigurationError } from '../core/errors.js';
import { inputSourceFromEnv } from '../core/inputs.js';
import { SecretRegistry } from '../core/secret-forms.js';
import { parseAction, runParsedAction } from './execute.js';
import { createRuntime } from './runtime.js';

/** Exit status of an input error, as in the CLI; GitHub fails the step on any non-zero. */
const EXIT_INPUT_ERROR = 2;

/**
 * The edge of every action on GitHub. The inputs are parsed before `@actions/core` is even
 * loaded (it pulls in an HTTP stack), so a bad input fails in the time node takes to start.
 * The one failure reported without it is written as `core.error` would write it.
 */
export async function runOnGithub(definition: AnyActionDefinition): Promise<void> {
  const secrets: string[] = [];
  const forms = new SecretRegistry();
  let parsed;
  try {
    parsed = parseAction(definition, inputSourceFromEnv(process.env), process.env, (secret) => {
      secrets.push(secret);
      forms.add(secret);
    });
  } catch (error) {
    process.stdout.write(`::error::${escapeCommandData(forms.redact(errorMessage(error)))}\n`);
    process.exitCode = isConfigurationError(error) ? EXIT_INPUT_ERROR : 1;
    return;
  }
  const { GithubIO } = await import('./github-io.js');
  const io = new GithubIO();
  for (const secret of secrets) io.mask(secret);
  const { runtime, close } = createRuntime(parsed.context, {
    io,
    cancellation: { report: (line) => process.stdout.write(`::error::${escapeCommandData(line)}\n`), exit: (code) => process.exit(code) },
  });
  try {
    await runParsedAction(definition, parsed.inputs, runtime);
  } catch (error) {
    io.fail(errorMessage(error));
    if (isConfigurationError(error)) process.exitCode = EXIT_INPUT_ERROR;
  } finally {
    await close();
  }
}

/** `@actions/core`'s escaping of a workflow command's data. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
