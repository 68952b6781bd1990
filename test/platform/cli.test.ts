import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliMain } from '../../src/platform/cli-main.js';
import { echoAction } from '../fixtures/echo-action.js';

const SECRET = 's3cr3t-Token-value';

function sink() {
  const chunks: string[] = [];
  return { write: (text: string) => chunks.push(text), get text() { return chunks.join(''); } };
}

async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = sink();
  const stderr = sink();
  const code = await cliMain([echoAction], { argv, env, stdout, stderr, version: '9.9.9' });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI', () => {
  it('runs an action from flags and prints the outputs as JSON on the last line', async () => {
    const result = await runCli(['echo', '--message', 'hello', '--items', 'a,b\nc', '--settings=k=v=w', '--wait', '5m', '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toEqual({
      message: 'hello',
      multiline: 'first line\nsecond=line "quoted"',
      leak: 'token=undefined',
      json: JSON.stringify({ items: ['a', 'b', 'c'], settings: { k: 'v=w' }, wait: 300_000 }),
    });
    expect(result.stdout).toContain('==> Echo with undefined\nmessage: hello\n');
  });

  it('takes INPUT_ variables as GitHub does, flags first', async () => {
    const result = await runCli(['echo', '--json', '--shout'], { INPUT_MESSAGE: 'from env' });
    expect(JSON.parse(result.stdout.trimEnd().split('\n').at(-1)!).message).toBe('FROM ENV');
    const flagWins = await runCli(['echo', '--json', '--message', 'flag'], { INPUT_MESSAGE: 'env' });
    expect(JSON.parse(flagWins.stdout.trimEnd().split('\n').at(-1)!).message).toBe('flag');
  });

  it('writes a dotenv file GitLab reads: one line per output, nothing quoted, keys prefixed when asked', async () => {
    const file = join(dir, 'outputs.env');
    const result = await runCli(['echo', '--message', 'a=b', '--token', SECRET, '--dotenv', file, '--dotenv-prefix', 'ECHO_']);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      [
        'ECHO_MESSAGE=a=b',
        'ECHO_MULTILINE=first line,second=line "quoted"',
        'ECHO_LEAK=token=***',
        `ECHO_JSON=${JSON.stringify({ items: [], settings: {}, wait: 90_000 })}`,
        '',
      ].join('\n'),
    );
  });

  it('leaves the outputs named by --dotenv-omit out of the dotenv file only', async () => {
    const file = join(dir, 'outputs.env');
    const result = await runCli(['echo', '--message', 'm', '--dotenv', file, '--dotenv-omit', 'json, multiline', '--json']);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('MESSAGE=m\nLEAK=token=undefined\n');
    expect(Object.keys(JSON.parse(result.stdout.trimEnd().split('\n').at(-1)!) as object)).toEqual(['message', 'multiline', 'leak', 'json']);
  });

  it('writes one Tekton result file per output, raw', async () => {
    const results = join(dir, 'results');
    expect((await runCli(['echo', '--message', 'm', '--results-dir', results])).code).toBe(0);
    expect(readdirSync(results).sort()).toEqual(['json', 'leak', 'message', 'multiline']);
    expect(readFileSync(join(results, 'multiline'), 'utf8')).toBe('first line\nsecond=line "quoted"');
    expect(readFileSync(join(results, 'message'), 'utf8')).toBe('m');
  });

  it('appends to $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY when they are set', async () => {
    const outputFile = join(dir, 'output');
    const summaryFile = join(dir, 'summary');
    const result = await runCli(['echo', '--message', 'm'], { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile });
    expect(result.code).toBe(0);
    const text = readFileSync(outputFile, 'utf8');
    expect(text).toMatch(/^message<<(ghadelimiter_[0-9a-f-]+)\nm\n\1\nmultiline<<(ghadelimiter_[0-9a-f-]+)\nfirst line\nsecond=line "quoted"\n\2\n/);
    expect(readFileSync(summaryFile, 'utf8')).toBe('| message | token |\n| --- | --- |\n| m | undefined |\n');
  });

  it('never shows a secret: logs, errors, outputs, summary and files all say ***', async () => {
    const files = { dotenv: join(dir, 'o.env'), results: join(dir, 'r'), summary: join(dir, 's.md'), output: join(dir, 'gh') };
    const ok = await runCli(
      ['echo', '--message', 'hi', '--token', SECRET, '--debug', '--json', '--dotenv', files.dotenv, '--results-dir', files.results, '--summary', files.summary],
      { GITHUB_OUTPUT: files.output },
    );
    const failed = await runCli(['echo', '--message', 'fail', '--token', SECRET]);
    const everything = [
      ok.stdout,
      ok.stderr,
      failed.stdout,
      failed.stderr,
      readFileSync(files.dotenv, 'utf8'),
      readFileSync(files.summary, 'utf8'),
      readFileSync(files.output, 'utf8'),
      ...readdirSync(files.results).map((name) => readFileSync(join(files.results, name), 'utf8')),
    ].join('\n');
    expect(everything).not.toContain(SECRET);
    expect(ok.stdout).toContain('[debug] token is ***');
    expect(ok.stderr).toContain('warning: warning about ***');
    expect(failed.stderr).toBe('error: failing as asked, token ***\n');
    expect(failed.code).toBe(1);
  });

  it('appends a repeated flag of a list input, in order, instead of keeping the last', async () => {
    const result = await runCli(['echo', '--message', 'm', '--items', 'a', '--items=b,c', '--settings', 'k=1', '--settings', 'l=2', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(JSON.parse(result.stdout.trimEnd().split('\n').at(-1)!).json);
    expect(json.items).toEqual(['a', 'b', 'c']);
    expect(json.settings).toEqual({ k: '1', l: '2' });
  });

  it('uses GitLab collapsible sections under GITLAB_CI', async () => {
    const result = await runCli(['echo', '--message', 'm'], { GITLAB_CI: 'true' });
    expect(result.stdout).toMatch(/^\x1b\[0Ksection_start:\d+:gitops_1\[collapsed=false\]\r\x1b\[0KEcho with undefined\nmessage: m\n\x1b\[0Ksection_end:\d+:gitops_1\r\x1b\[0K\n/);
  });

  it.each([
    [['echo'], 'Input "message": is required and was not given'],
    [['echo', '--message', 'm', '--shout', 'yes'], 'Input "shout": expected true or false, got "yes"'],
    [['echo', '--message', 'm', '--wait', 'soon'], 'Input "wait": expected a duration such as 90s, 5m or 1h, got "soon"'],
    [['echo', '--message', 'm', '--settings', 'novalue'], 'Input "settings": expected key=value lines, got "novalue"'],
    [['echo', '--nope', 'x'], 'unknown option --nope for echo; one of: --message, --token, --shout'], [['nope'], 'one of: echo'],
    [['echo', 'positional'], 'unexpected argument "positional"'],
    [['echo', '--message'], 'option --message needs a value'],
    [['echo', '--message', 'm', '--dotenv-prefix', 'BUILD-'], 'option --dotenv-prefix: expected letters, digits and underscores'],
    [['echo', '--message', 'a', '--message', 'b'], 'option --message was given twice; it takes one value'],
    [['echo', '--message', 'a', '--shout', '--shout=false'], 'option --shout was given twice'],
    [['echo', '--message', 'a', '--dotenv', 'x', '--dotenv', 'y'], 'option --dotenv was given twice'],
    [['echo', '--message', 'a', '--dotenv-omit', 'json,nope'], 'option --dotenv-omit: echo has no output "nope"; its outputs: message, multiline, leak, json'],
    [['echo', '--message', 'a', '-x'], 'unknown option -x'],
    [['nope'], 'unknown action "nope"'],
  ])('exits 2 on a usage or input error: %j', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('prints help for the tool and for an action', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('echo  Echoes its inputs');
    const action = await runCli(['echo', '--help']);
    expect(action.stdout).toContain('--message (required)');
    expect(action.stdout).toContain('--wait (default: 90s)');
    expect((await runCli(['--version'])).stdout).toBe('9.9.9\n');
    expect((await runCli([])).code).toBe(2);
  });
});
