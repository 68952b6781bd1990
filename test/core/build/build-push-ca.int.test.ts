import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndPush, type BuildPushRequest } from '../../../src/core/build/build-push.js';
import type { BuilderName, Command } from '../../../src/core/build/plan.js';
import type { CommandRunner } from '../../../src/core/build/runner.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { makeTempDir, removeDir } from '../../harness/index.js';

const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';

let tmp: string;
let caFile: string;

beforeAll(async () => {
  tmp = await makeTempDir('build-push-ca');
  caFile = path.join(tmp, 'harbor-ca.pem');
  await writeFile(caFile, CA_PEM);
});

afterAll(async () => {
  if (tmp) await removeDir(tmp);
});

/** Records each command with the CA file it pointed the builder at, read while the command "runs". */
function recordingRunner(seen: { command: Command; caCopy?: string }[]): CommandRunner {
  return async (command) => {
    const certDir = command.args[command.args.indexOf('--cert-dir') + 1];
    const kanikoCert = command.args[command.args.indexOf('--registry-certificate') + 1]?.split('=')[1];
    const file = command.args.includes('--cert-dir') ? path.join(certDir, 'ca.crt') : command.args.includes('--registry-certificate') ? kanikoCert : undefined;
    seen.push({ command, ...(file ? { caCopy: await readFile(file, 'utf8') } : {}) });
    return { code: 0, tail: [] };
  };
}

async function build(builder: BuilderName, options: { tlsVerify?: boolean } = {}) {
  const io = new RecordingIO();
  const seen: { command: Command; caCopy?: string }[] = [];
  const tempRoot = await makeTempDir('build-push-ca-temp');
  const request: BuildPushRequest = {
    builder,
    plan: {
      contextDir: tmp,
      dockerfile: path.join(tmp, 'Dockerfile'),
      repository: 'harbor.internal/team/app',
      tags: ['abc'],
      labels: new Map(),
      buildArgs: new Map(),
      platforms: [],
      cacheFrom: [],
      cacheTo: [],
      // No push: the orchestration up to the builder's argv is what is under test here.
      push: false,
      tlsVerify: options.tlsVerify ?? true,
    },
    repositoryPath: 'team/app',
    secrets: [],
    caFile,
    skipExisting: false,
  };
  try {
    await buildAndPush(request, { io, runner: recordingRunner(seen), env: {}, tempRoot });
    return { io, seen, tempRoot, leftovers: await readdir(tempRoot) };
  } finally {
    await removeDir(tempRoot);
  }
}

describe('buildAndPush with a ca-file', () => {
  it('buildah: gets a cert dir in the step temp dir holding a copy of the CA as ca.crt, removed afterwards', async () => {
    const { seen, tempRoot, leftovers, io } = await build('buildah');
    expect(seen).toHaveLength(1);
    const { command, caCopy } = seen[0];
    const certDir = command.args[command.args.indexOf('--cert-dir') + 1];
    expect(path.dirname(path.dirname(certDir))).toBe(tempRoot);
    expect(path.basename(certDir)).toBe('certs');
    expect(caCopy).toBe(CA_PEM);
    expect(command.args).not.toContain('--tls-verify=false');
    expect(leftovers).toEqual([]);
    expect(io.text('warning')).toBe('');
  });

  it('kaniko: --registry-certificate for the image registry names the copy', async () => {
    const { seen, leftovers } = await build('kaniko');
    const { command, caCopy } = seen[0];
    expect(command.args[command.args.indexOf('--registry-certificate') + 1]).toMatch(/^harbor\.internal=.*\/certs\/ca\.crt$/);
    expect(caCopy).toBe(CA_PEM);
    expect(leftovers).toEqual([]);
  });

  it('docker: warns once that the daemon / BuildKit trust applies, and passes no CA flag', async () => {
    const { seen, io } = await build('docker');
    expect(seen[0].command.args.some((arg) => /cert/.test(arg))).toBe(false);
    const warnings = io.lines.filter((line) => line.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/ca-file.*Docker daemon \/ BuildKit/);
  });

  it('insecure (TLS not verified): no cert dir is made', async () => {
    const { seen } = await build('buildah', { tlsVerify: false });
    expect(seen[0].command.args).not.toContain('--cert-dir');
    expect(seen[0].command.args).toContain('--tls-verify=false');
  });
});
