import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpConnectionError } from '../../../src/core/http/errors.js';
import { RegistryClient } from '../../../src/core/oci/client.js';
import { anonymous } from '../../../src/core/oci/credentials.js';
import { isLoopbackRegistry, registryTransport } from '../../../src/core/oci/transport.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { makeTempDir, removeDir, startRegistry, type Registry } from '../../harness/index.js';
import { FAST_RETRY, makeArtifact, skopeoRawManifest } from './helpers.js';

let tmp: string;
let plain: Registry;
let tls: Registry;
beforeAll(async () => {
  tmp = await makeTempDir('oci-transport');
  [plain, tls] = await Promise.all([startRegistry(), startRegistry({ tls: true })]);
});
afterAll(async () => {
  await Promise.all([plain?.stop(), tls?.stop()]);
  if (tmp) await removeDir(tmp);
});

describe('isLoopbackRegistry', () => {
  it.each([
    ['localhost:5000', true],
    ['localhost', true],
    ['127.0.0.1:5000', true],
    ['127.1.2.3', true],
    ['[::1]:5000', true],
    ['128.0.0.1:5000', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io:5000', false],
    ['ghcr.io', false],
  ])('%s: %s', (registry, loopback) => {
    expect(isLoopbackRegistry(registry)).toBe(loopback);
  });
});

describe('registryTransport', () => {
  it('speaks plain HTTP to a local registry without TLS, logged, with TLS verification still on', async () => {
    const io = new RecordingIO();
    const transport = await registryTransport(plain.host, { insecure: false, io });
    expect(transport).toEqual({ tls: { caFile: undefined, insecureSkipVerify: false }, plainHttp: true });
    expect(io.everything).toContain(`${plain.host} does not speak TLS: using plain HTTP`);
    const artifact = await makeArtifact(tmp, 512, 'local');
    const client = new RegistryClient({ registry: plain.host, credentials: anonymous, io, retry: FAST_RETRY, ...transport });
    await client.uploadBlob('org/local', artifact.config);
    await client.uploadBlob('org/local', artifact.layer);
    await client.putManifest('org/local', 'v1', artifact.manifest, 'application/vnd.oci.image.manifest.v1+json');
    expect(await skopeoRawManifest(plain, `${plain.host}/org/local:v1`)).toBe(artifact.manifest.toString());
  });

  it('keeps a local registry that speaks TLS on verified TLS: its certificate error, never plain HTTP', async () => {
    const io = new RecordingIO();
    const refused = await registryTransport(tls.host, { insecure: false, io, retry: FAST_RETRY }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpConnectionError);
    expect((refused as Error).message).toMatch(/TLS verification failed .*ca-file/);
    expect(await registryTransport(tls.host, { insecure: false, caFile: tls.caCert, io })).toMatchObject({ plainHttp: false });
    expect(await registryTransport(tls.host, { insecure: true, io })).toEqual({ tls: { caFile: undefined, insecureSkipVerify: true }, plainHttp: false });
    expect(io.everything).not.toContain('plain HTTP');
  });

  it('with insecure, never downgrades on resets: it fails, and no byte of plain HTTP goes out', async () => {
    // Resets every connection, as a flaky TLS front end might; records whether a plain request came.
    const seen: string[] = [];
    const server = net.createServer((socket) => {
      socket.once('data', (chunk: Buffer) => {
        seen.push(chunk.subarray(0, 4).toString('latin1'));
        socket.resetAndDestroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      const io = new RecordingIO();
      const error = await registryTransport(host, { insecure: true, io, retry: FAST_RETRY }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpConnectionError);
      expect((error as HttpConnectionError).transient).toBe(true);
      expect(seen.length).toBe(FAST_RETRY.attempts);
      expect(seen.filter((start) => start === 'GET ')).toEqual([]);
      expect(io.everything).not.toContain('plain HTTP');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
