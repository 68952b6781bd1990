import type { AnyActionDefinition } from '../core/action-spec.js';
import { errorMessage, isConfigurationError } from '../core/errors.js';
import { inputSourceFromEnv, type InputSource } from '../core/inputs.js';
import { CliIO, type TextSink } from './cli-io.js';
import { actionHelp, OPTIONS_HELP, parseCliArguments } from './cli-args.js';
import { parseAction, runParsedAction } from './execute.js';
import { createRuntime } from './runtime.js';

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliEnvironment {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: TextSink;
  stderr: TextSink;
  version: string;
  /** Standard input (`path: -`); the process's own when absent. */
  stdin?: NodeJS.ReadableStream;
  /** The real entry handles SIGINT/SIGTERM (cleanup, then exit); in-process test runs do not. */
  handleSignals?: boolean;
}

/** `gitops-actions <action> --<input> <value>…`: returns the exit status. */
export async function cliMain(actions: readonly AnyActionDefinition[], cli: CliEnvironment): Promise<number> {
  const [command, ...rest] = cli.argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    cli.stdout.write(`${topLevelHelp(actions)}\n`);
    return command === undefined ? EXIT_USAGE : EXIT_SUCCESS;
  }
  if (command === '--version') {
    cli.stdout.write(`${cli.version}\n`);
    return EXIT_SUCCESS;
  }
  const definition = actions.find((action) => action.name === command);
  if (!definition) {
    cli.stderr.write(`error: unknown action "${command}"; one of: ${actions.map((action) => action.name).join(', ')}\n`);
    return EXIT_USAGE;
  }

  let invocation;
  try {
    invocation = parseCliArguments(definition, rest);
  } catch (error) {
    cli.stderr.write(`error: ${errorMessage(error)}\n`);
    return EXIT_USAGE;
  }
  if (invocation.help) {
    cli.stdout.write(`${actionHelp(definition)}\n`);
    return EXIT_SUCCESS;
  }

  const io = new CliIO({
    stdout: cli.stdout,
    stderr: cli.stderr,
    debug: invocation.debug || cli.env.RUNNER_DEBUG === '1' || cli.env.CI_DEBUG_TRACE === 'true',
    gitlab: Boolean(cli.env.GITLAB_CI),
    targets: {
      githubOutput: cli.env.GITHUB_OUTPUT || undefined,
      summaryFile: cli.env.GITHUB_STEP_SUMMARY || undefined,
      ...invocation.targets,
    },
  });
  const fromEnv = inputSourceFromEnv(cli.env);
  const source: InputSource = (name) => invocation.inputs.get(name) ?? fromEnv(name);
  let parsed;
  try {
    parsed = parseAction(definition, source, cli.env, (secret) => io.mask(secret));
  } catch (error) {
    io.error(errorMessage(error));
    return isConfigurationError(error) ? EXIT_USAGE : EXIT_FAILURE;
  }
  const cancellation = cli.handleSignals ? { report: (line: string) => void cli.stderr.write(`${line}\n`), exit: (code: number) => process.exit(code) } : undefined;
  const { runtime, close } = createRuntime(parsed.context, { io, ...(cancellation ? { cancellation } : {}), ...(cli.stdin ? { stdin: cli.stdin } : {}) });
  try {
    await runParsedAction(definition, parsed.inputs, runtime);
    return EXIT_SUCCESS;
  } catch (error) {
    io.error(errorMessage(error));
    return isConfigurationError(error) ? EXIT_USAGE : EXIT_FAILURE;
  } finally {
    const cancelled = runtime.signal.aborted;
    await close();
    // Outputs set before a failure are handed on too, as on GitHub where each is written at once;
    // a cancelled run hands on nothing (the signal handler exits as soon as it has cleaned up).
    if (!cancelled) io.flushOutputs();
  }
}

function topLevelHelp(actions: readonly AnyActionDefinition[]): string {
  const width = Math.max(0, ...actions.map((action) => action.name.length));
  return [
    'gitops-actions: take a commit to a verified GitOps deployment.',
    '',
    'Usage: gitops-actions <action> [--<input> <value>]... [options]',
    '       gitops-actions <action> --help',
    '',
    'Actions:',
    ...actions.map((action) => `  ${action.name.padEnd(width)}  ${action.description.split('\n')[0]}`),
    '',
    OPTIONS_HELP,
  ].join('\n');
}
