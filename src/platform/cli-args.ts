import { parseArgs } from 'node:util';
import type { AnyActionDefinition, InputSpec } from '../core/action-spec.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { isExpression, parseList } from '../core/inputs.js';
import type { CliOutputTargets } from './cli-io.js';
import { isDotenvPrefix } from './output-formats.js';

/** Flags of the CLI itself; no action may declare an input with one of these names. */
export const CLI_FLAGS = ['dotenv', 'dotenv-prefix', 'dotenv-omit', 'results-dir', 'json', 'summary', 'debug', 'help'] as const;

export interface CliInvocation {
  inputs: Map<string, string>;
  targets: CliOutputTargets;
  debug: boolean;
  help: boolean;
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * `--name value`, `--name=value`, and a bare `--name` for a boolean input or switch (`--name false`
 * too). Node's `util.parseArgs` splits the words; the rules are ours: names are exactly
 * action.yml's, a repeated flag appends for a list input (`multiple` in the spec) and is a usage
 * error for any other, never a silent drop.
 */
export function parseCliArguments(definition: AnyActionDefinition, args: string[]): CliInvocation {
  const invocation: CliInvocation = { inputs: new Map(), targets: {}, debug: false, help: false };
  const switches = new Set<string>(['help', 'debug', 'json']);
  for (const [name, spec] of Object.entries(definition.inputs)) if (isBooleanInput(spec)) switches.add(name);
  const options: Record<string, { type: 'string' | 'boolean'; multiple: true }> = {};
  for (const name of [...CLI_FLAGS, ...Object.keys(definition.inputs)]) options[name] = { type: switches.has(name) ? 'boolean' : 'string', multiple: true };

  let tokens: Token[];
  try {
    // Not strict: an unknown flag and `--push=false` come back as tokens and get our own errors.
    ({ tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true }));
  } catch (error) {
    throw new ConfigurationError(errorMessage(error));
  }
  const seen = new Set<string>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== 'option') {
      const text = token.kind === 'positional' ? token.value : '--';
      throw new ConfigurationError(`unexpected argument "${text}"; inputs are given as --<input-name> <value>`);
    }
    if (token.rawName.startsWith('-') && !token.rawName.startsWith('--')) {
      throw new ConfigurationError(`unknown option ${token.rawName}; options are --<input-name> <value>, see gitops-actions ${definition.name} --help`);
    }
    const { name } = token;
    const spec = definition.inputs[name];
    if (!spec && !(CLI_FLAGS as readonly string[]).includes(name)) {
      const choices = [...Object.keys(definition.inputs), ...CLI_FLAGS].map((flag) => `--${flag}`).join(', ');
      throw new ConfigurationError(`unknown option --${name} for ${definition.name}; one of: ${choices}`);
    }
    let value: string;
    if (switches.has(name)) {
      // A word after a switch is its value (`--push false`); one that is not true/false is then
      // reported by the input's own parser, naming the input.
      const next = tokens[index + 1];
      if (token.inlineValue) value = token.value!;
      else if (next?.kind === 'positional') {
        value = next.value;
        index++;
      } else value = 'true';
    } else {
      if (token.value === undefined) throw new ConfigurationError(`option --${name} needs a value`);
      value = token.value;
    }
    if (seen.has(name) && !spec?.multiple) {
      throw new ConfigurationError(`option --${name} was given twice; it takes one value`);
    }
    seen.add(name);
    switch (name) {
      case 'help':
        invocation.help = value !== 'false';
        break;
      case 'debug':
        invocation.debug = value !== 'false';
        break;
      case 'json':
        invocation.targets.json = value !== 'false';
        break;
      case 'dotenv':
        invocation.targets.dotenv = value;
        break;
      case 'dotenv-prefix': {
        const prefix = value;
        if (!isDotenvPrefix(prefix)) {
          throw new ConfigurationError(`option --dotenv-prefix: expected letters, digits and underscores not starting with a digit (BUILD_), got "${prefix}"`);
        }
        invocation.targets.dotenvPrefix = prefix;
        break;
      }
      case 'dotenv-omit': {
        const names = parseList(value);
        const unknown = names.filter((output) => !Object.hasOwn(definition.outputs, output));
        if (unknown.length > 0) {
          const named = unknown.map((output) => `"${output}"`).join(', ');
          throw new ConfigurationError(`option --dotenv-omit: ${definition.name} has no output ${named}; its outputs: ${Object.keys(definition.outputs).join(', ')}`);
        }
        invocation.targets.dotenvOmit = new Set(names);
        break;
      }
      case 'results-dir':
        invocation.targets.resultsDir = value;
        break;
      case 'summary':
        invocation.targets.summaryFile = value;
        break;
      default: {
        const before = invocation.inputs.get(name);
        invocation.inputs.set(name, before === undefined ? value : `${before}\n${value}`);
      }
    }
  }
  return invocation;
}

function isBooleanInput(spec: InputSpec): boolean {
  return spec.default === 'true' || spec.default === 'false';
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
  '  --dotenv-omit A,B    leave these outputs (comma-separated names) out of the dotenv file only',
  '  --results-dir DIR    write one file per output (Tekton results)',
  '  --summary FILE       append the markdown summary to FILE (default: $GITHUB_STEP_SUMMARY, else stdout)',
  '  --debug              show debug lines (also RUNNER_DEBUG=1 or CI_DEBUG_TRACE=true)',
  'Every input can also be given as the environment variable INPUT_<NAME> (upper case, - or _), as on GitHub.',
  'Outputs are also appended to $GITHUB_OUTPUT when it is set.',
  'Exit status: 0 success, 1 failure, 2 usage or input error.',
].join('\n');
