import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { definition } from '../../../src/actions/build-push/definition.js';
import { parseBuildPushInputs } from '../../../src/actions/build-push/inputs.js';
import { builderLogin } from '../../../src/actions/build-push/registry.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { testParseContext } from '../../runtime.js';

// The login build-push hands its builder on GitHub with no registry input at all.

const home = mkdtempSync(path.join(os.tmpdir(), 'build-push-login-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function inputs(values: Record<string, string>, env: Record<string, string>) {
  return parseBuildPushInputs(new InputReader(definition.inputs, inputSourceFromObject(values)), testParseContext({ env }));
}

describe('build-push login', () => {
  // An empty docker config: whatever logins this machine has stay out of it.
  const github = { GITHUB_ACTOR: 'octocat', DOCKER_CONFIG: path.join(home, 'empty') };

  it('logs in to ghcr.io as the actor with the github-token input, and masks it', async () => {
    const io = new RecordingIO();
    const login = await builderLogin(inputs({ image: 'ghcr.io/org/app', 'github-token': 'ghs_workflow_token' }, github), io, github);
    expect(login).toEqual({ registry: 'ghcr.io', username: 'octocat', password: 'ghs_workflow_token' });
    expect(io.secrets.has('ghs_workflow_token')).toBe(true);
    // Never for another registry.
    expect(await builderLogin(inputs({ image: 'quay.io/org/app', 'github-token': 'ghs_workflow_token' }, github), io, github)).toBeUndefined();
  });

  it('leaves ghcr.io to a docker login on the machine, which may hold a token with more rights', async () => {
    const dockerDir = path.join(home, 'docker');
    const env = { ...github, DOCKER_CONFIG: dockerDir };
    mkdirSync(dockerDir, { recursive: true });
    writeFileSync(path.join(dockerDir, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from('pat-user:pat-token').toString('base64') } } }));
    expect(await builderLogin(inputs({ image: 'ghcr.io/org/app', 'github-token': 'ghs_workflow_token' }, env), new RecordingIO(), env)).toBeUndefined();
  });

  it('takes the inputs first, a token alone on ghcr.io included', async () => {
    const login = await builderLogin(inputs({ image: 'ghcr.io/org/app', password: 'ghp_personal', 'github-token': 'ghs_workflow_token' }, github), new RecordingIO(), github);
    expect(login).toEqual({ registry: 'ghcr.io', username: 'octocat', password: 'ghp_personal' });
  });
});
