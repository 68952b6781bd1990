import { runTestAction } from '../../runtime.js';
import type { ActionResult } from '../../../src/core/action-spec.js';
import { definition } from '../../../src/actions/bump-manifest/definition.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { isolatedGitEnv } from '../../harness/index.js';

export const TOKEN = 'ghp_bumpTestToken0123456789abcdefXYZ';
export const basicForm = (token: string, user = 'x-access-token') => Buffer.from(`${user}:${token}`).toString('base64');

/** A digest that is valid and tells which test wrote it. */
export function digestOf(seed: string | number): string {
  return `sha256:${String(seed).padStart(4, '0').repeat(16)}`;
}

/** git in this process must not read the developer's ~/.gitconfig, as on a clean runner. */
export function isolateGit(): void {
  for (const [name, value] of Object.entries(isolatedGitEnv())) {
    if (!name.startsWith('GIT_AUTHOR') && !name.startsWith('GIT_COMMITTER')) process.env[name] = value;
  }
}

export interface BumpRun {
  io: RecordingIO;
  result?: ActionResult;
  error?: Error;
}

/** Parses and runs the action as the edge does (secrets masked on read, every output set). */
export async function runBump(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<BumpRun> {
  const io = new RecordingIO();
  try {
    const result = await runTestAction(definition, inputs, { env, io });
    return { io, result };
  } catch (error) {
    io.error((error as Error).message);
    return { io, error: error as Error };
  }
}
