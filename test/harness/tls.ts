import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from './tools.js';

export interface TestCa {
  caCert: string;
  caKey: string;
  /** Valid for 127.0.0.1 and localhost (Go clients ignore the CN, so the SAN is what matters). */
  serverCert: string;
  serverKey: string;
}

// P-256 keys: generated in milliseconds, unlike RSA, and accepted by Go, Node and git alike.
const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** Writes a throwaway CA and a server certificate signed by it into `dir`. */
/** `names`: more DNS names for the server certificate, e.g. ghcr.io for a registry reached through a proxy tunnel. */
export async function createTestCa(dir: string, names: string[] = []): Promise<TestCa> {
  const caCert = path.join(dir, 'ca.crt');
  const caKey = path.join(dir, 'ca.key');
  await run('openssl', [
    'req', '-x509', '-new', ...EC_KEY, '-keyout', caKey, '-out', caCert, '-days', '2',
    '-subj', '/CN=gitops-actions test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);

  const serverCert = path.join(dir, 'server.crt');
  const serverKey = path.join(dir, 'server.key');
  const csr = path.join(dir, 'server.csr');
  const extFile = path.join(dir, 'server.ext');
  await writeFile(
    extFile,
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${['IP:127.0.0.1', 'DNS:localhost', ...names.map((name) => `DNS:${name}`)].join(',')}`,
      '',
    ].join('\n'),
  );
  await run('openssl', ['req', '-new', ...EC_KEY, '-keyout', serverKey, '-out', csr, '-subj', '/CN=localhost']);
  await run('openssl', [
    'x509', '-req', '-in', csr, '-CA', caCert, '-CAkey', caKey,
    // Random serials: a client that has seen an earlier run's CA must not see a "reused" serial.
    '-set_serial', `0x${randomBytes(8).toString('hex')}`,
    '-days', '2', '-extfile', extFile, '-out', serverCert,
  ]);
  return { caCert, caKey, serverCert, serverKey };
}

/** A self-signed P-256 certificate + key, e.g. for signing registry tokens. */
export async function createSelfSignedCert(
  dir: string,
  name: string,
  commonName: string,
): Promise<{ cert: string; key: string }> {
  const cert = path.join(dir, `${name}.crt`);
  const key = path.join(dir, `${name}.key`);
  await run('openssl', ['req', '-x509', '-new', ...EC_KEY, '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${commonName}`]);
  return { cert, key };
}
