import type { AnyActionDefinition } from '../core/action-spec.js';
import { ConfigurationError } from '../core/errors.js';
import { isExpression } from '../core/inputs.js';
import type { CliOutputTargets } from './cli-io.js';
import { isDotenvPrefix } from './output-formats.js';

/** Flags of the CLI itself; no action may declare an input with one of these names. */
export const CLI_FLAGS = ['dotenv', 'dotenv-prefix', 'results-dir', 'json', 'summary', 'debug', 'help'] as const;

export interface CliInvocation {
  inputs: Map<string, string>;
  targets: CliOutputTargets;
  debug: boolean;
  help: boolean;
}

/**
 * `--name value`, `--name=value`, and a bare `--name` for a boolean input or switch.
 * Names are exactly action.yml's; anything else is a usage error naming it.
 */
export function parseCliArguments(definition: AnyActionDefinition, args: string[]): CliInvocation {
  const invocation: CliInvocation = { inputs: new Map(), targets: {}, debug: false, help: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith('--') || arg === '--') {
      throw new ConfigurationError(`unexpected argument "${arg}"; inputs are given as --<input-name> <value>`);
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const next = args[index + 1];
    const takeValue = (): string => {
      if (equals >= 0) return arg.slice(equals + 1);
      if (next === undefined || next.startsWith('--')) throw new ConfigurationError(`option --${name} needs a value`);
      index++;
      return next;
    };
    const takeSwitch = (): boolean => {
      if (equals >= 0) return arg.slice(equals + 1) !== 'false';
      if (next === 'true' || next === 'false') {
        index++;
        return next === 'true';
      }
      return true;
    };
    switch (name) {
      case 'help':
        invocation.help = true;
        break;
      case 'debug':
        invocation.debug = takeSwitch();
        break;
      case 'json':
        invocation.targets.json = takeSwitch();
        break;
      case 'dotenv':
        invocation.targets.dotenv = takeValue();
        break;
      case 'dotenv-prefix': {
        const prefix = takeValue();
        if (!isDotenvPrefix(prefix)) {
          throw new ConfigurationError(`option --dotenv-prefix: expected letters, digits and underscores not starting with a digit (BUILD_), got "${prefix}"`);
        }
        invocation.targets.dotenvPrefix = prefix;
        break;
      }
      case 'results-dir':
        invocation.targets.resultsDir = takeValue();
        break;
      case 'summary':
        invocation.targets.summaryFile = takeValue();
        break;
      default: {
        const spec = definition.inputs[name];
        if (!spec) {
          const choices = [...Object.keys(definition.inputs), ...CLI_FLAGS].map((flag) => `--${flag}`).join(', ');
          throw new ConfigurationError(`unknown option --${name} for ${definition.name}; one of: ${choices}`);
        }
        const isBoolean = spec.default === 'true' || spec.default === 'false';
        invocation.inputs.set(name, isBoolean && equals < 0 && (next === undefined || next.startsWith('--')) ? 'true' : takeValue());
      }
    }
  }
  return invocation;
}

export function actionHelp(definition: AnyActionDefinition): string {
  const lines = [`gitops-actions ${definition.name} [--<input> <value>]... [options]`, '', definition.description, '', 'Inputs:'];
  for (const [name, spec] of Object.entries(definition.inputs)) {
    const notes = [spec.required ? 'required' : undefined, spec.default !== undefined && spec.default !== '' && !isExpression(spec.default) ? `default: ${spec.default}` : undefined]
      .filter(Boolean)
      .join(', ');
    lines.push(`  --${name}${notes ? ` (${notes})` : ''}`, `      ${spec.description.split('\n')[0]}`);
  }
  lines.push('', 'Outputs:');
  for (const [name, spec] of Object.entries(definition.outputs)) lines.push(`  ${name}: ${spec.description.split('\n')[0]}`);
  lines.push('', OPTIONS_HELP);
  return lines.join('\n');
}

export const OPTIONS_HELP = [
  'Options:',
  '  --json               print all outputs as one JSON object, the last line of stdout',
  '  --dotenv FILE        write outputs as KEY=value lines, one line each (GitLab artifacts:reports:dotenv)',
  '  --dotenv-prefix P    put P before every dotenv key (BUILD_DIGEST), so two steps\' outputs do not collide',
  '  --results-dir DIR    write one file per output (Tekton results)',
  '  --summary FILE       append the markdown summary to FILE (default: $GITHUB_STEP_SUMMARY, else stdout)',
  '  --debug              show debug lines (also RUNNER_DEBUG=1 or CI_DEBUG_TRACE=true)',
  'Every input can also be given as the environment variable INPUT_<NAME> (upper case, - or _), as on GitHub.',
  'Outputs are also appended to $GITHUB_OUTPUT when it is set.',
  'Exit status: 0 success, 1 failure, 2 usage or input error.',
].join('\n');
