import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gitAuthEnvironment, parseRepositoryUrl } from '../../../src/core/git/auth.js';
import { GitRepository } from '../../../src/core/git/repository.js';
import { createGitRunner, type GitRunOptions, type GitRunner } from '../../../src/core/git/runner.js';
import type { ActionIO } from '../../../src/core/io.js';
import { isolatedGitEnv } from '../../harness/index.js';

export interface RecordedGitCall {
  args: readonly string[];
  options: GitRunOptions;
}

/** The real git, isolated from the user's config, with every call recorded for assertions. */
export function recordingGitRunner(): { git: GitRunner; calls: RecordedGitCall[] } {
  const real = createGitRunner({ baseEnv: { ...process.env, ...isolatedGitEnv() } });
  const calls: RecordedGitCall[] = [];
  const git: GitRunner = (args, options) => {
    calls.push({ args, options });
    return real(args, options);
  };
  return { git, calls };
}

export async function cloneWithToken(options: {
  url: string;
  token: string;
  dir: string;
  git: GitRunner;
  io: ActionIO;
  branch?: string;
}): Promise<GitRepository> {
  const remote = parseRepositoryUrl(options.url, 'repository');
  const authEnv = gitAuthEnvironment(remote, { token: options.token }, options.io, {});
  return GitRepository.clone({ remote, branch: options.branch, dir: options.dir, git: options.git, authEnv, cwd: path.dirname(options.dir) });
}

/** A stand-in for the manifest engine: sets `key: value` in a flat YAML file, idempotently. */
export async function setYamlKey(dir: string, file: string, key: string, value: string): Promise<void> {
  const full = path.join(dir, file);
  const lines = (await readFile(full, 'utf8')).split('\n');
  const at = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (at >= 0) lines[at] = `${key}: ${value}`;
  else lines.splice(lines.length - 1, 0, `${key}: ${value}`);
  await writeFile(full, lines.join('\n'));
}
