import { createHash, createPrivateKey, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import bcrypt from 'bcryptjs';
import { stringify } from 'yaml';
import { createSelfSignedCert, createTestCa, type TestCa } from './tls.js';
import { makeTempDir, freePort, removeDir, run, spawnService, stopProcess, waitFor } from './tools.js';

export interface RegistryOptions {
  auth?: 'none' | 'htpasswd';
  /** htpasswd users; defaults to one user, exposed as username/password. */
  users?: Record<string, string>;
  tls?: boolean;
}

export interface Registry {
  /** `127.0.0.1:PORT`, the registry part of an image reference. */
  host: string;
  url: string;
  /** Set when tls: the CA that signed the registry's certificate. */
  caCert?: string;
  /** Set when tls: a directory holding only `ca.crt`, for skopeo/buildah `--cert-dir`. */
  certDir?: string;
  username?: string;
  password?: string;
  users: Record<string, string>;
  storageDir: string;
  stop(): Promise<void>;
}

const DEFAULT_USERS = { 'ci-user': 'ci-password' };

export async function startRegistry(opts: RegistryOptions = {}): Promise<Registry> {
  const tmp = await makeTempDir('registry');
  try {
    const users = opts.auth === 'htpasswd' ? (opts.users ?? DEFAULT_USERS) : {};
    let auth: object | undefined;
    if (opts.auth === 'htpasswd') {
      const htpasswd = path.join(tmp, 'htpasswd');
      // distribution only understands bcrypt entries; cost 4 keeps each login check cheap.
      const lines = Object.entries(users).map(([user, pass]) => `${user}:${bcrypt.hashSync(pass, 4)}`);
      await writeFile(htpasswd, `${lines.join('\n')}\n`);
      auth = { htpasswd: { realm: 'gitops-test-registry', path: htpasswd } };
    }
    const tls = opts.tls ? await createTlsFiles(tmp) : undefined;
    const launched = await launchRegistry(tmp, auth, tls?.ca);
    return registryHandle(launched, tls, users, async () => {
      await launched.stopProcess();
      await removeDir(tmp);
    });
  } catch (err) {
    await removeDir(tmp);
    throw err;
  }
}

async function createTlsFiles(tmp: string, names: string[] = []): Promise<{ ca: TestCa; certDir: string }> {
  const tlsDir = path.join(tmp, 'tls');
  await mkdir(tlsDir);
  const ca = await createTestCa(tlsDir, names);
  // Not tlsDir itself: containers/image reads every *.key in a cert dir as a client key and fails
  // when the matching *.cert is missing.
  const certDir = path.join(tmp, 'certs.d');
  await mkdir(certDir);
  await copyFile(ca.caCert, path.join(certDir, 'ca.crt'));
  return { ca, certDir };
}

interface LaunchedRegistry {
  host: string;
  url: string;
  storageDir: string;
  stopProcess(): Promise<void>;
}

/** What a test gets for a launched registry: its address, TLS files, first user, and how to stop it all. */
function registryHandle(launched: LaunchedRegistry, tls: { ca: TestCa; certDir: string } | undefined, users: Record<string, string>, stop: () => Promise<void>): Registry {
  const [username, password] = Object.entries(users)[0] ?? [];
  const { host, url, storageDir } = launched;
  return { host, url, storageDir, caCert: tls?.ca.caCert, certDir: tls?.certDir, username, password, users, stop };
}

async function launchRegistry(tmp: string, auth: object | undefined, tls: TestCa | undefined): Promise<LaunchedRegistry> {
  const storageDir = path.join(tmp, 'storage');
  await mkdir(storageDir, { recursive: true });
  const configPath = path.join(tmp, 'config.yml');
  let lastError: Error | undefined;
  // The port is free when picked but may be taken before the registry binds it: retry a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const config = {
      version: 0.1,
      log: { level: 'warn', accesslog: { disabled: true } },
      storage: {
        filesystem: { rootdirectory: storageDir },
        delete: { enabled: true },
        maintenance: { uploadpurging: { enabled: false } },
      },
      http: {
        addr: `127.0.0.1:${port}`,
        // Fixed secret: otherwise distribution warns about a random one on every start.
        secret: randomBytes(16).toString('hex'),
        ...(tls ? { tls: { certificate: tls.serverCert, key: tls.serverKey } } : {}),
      },
      ...(auth ? { auth } : {}),
    };
    await writeFile(configPath, stringify(config));
    const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    const child = spawnService('docker-registry', ['serve', configPath]);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-16_384)));
    child.stdout?.resume();
    let exited = false;
    child.once('close', () => (exited = true));
    try {
      // Any HTTP answer, 401 included, means the registry is serving; an exit ends the wait at once.
      // A minute: a cold start on a loaded CI machine, not the 15 s default, is what this bound must allow.
      await waitFor(`docker-registry at ${url}`, async () => exited || (await httpStatus(`${url}/v2/`, tls?.caCert)) > 0, { timeoutMs: 60_000 });
      if (exited) throw new Error(`exited early:\n${stderr}`);
      return { host: `127.0.0.1:${port}`, url, storageDir, stopProcess: () => stopProcess(child) };
    } catch (err) {
      await stopProcess(child);
      const output = exited ? '' : `\n${stderr}`; // an early exit already carries stderr
      lastError = new Error(`docker-registry failed to start: ${(err as Error).message}${output}`);
      if (!/address already in use/.test(stderr)) break;
    }
  }
  throw lastError ?? new Error('docker-registry failed to start');
}

/** Status code of a GET, or 0 when nothing answers (connection refused). */
export async function httpStatus(url: string, caCertPath?: string): Promise<number> {
  const ca = caCertPath ? await readFile(caCertPath) : undefined;
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve) => {
    const req = client.get(url, { ca, timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

// ---------------------------------------------------------------------------------------------
// Token auth: a registry with `auth: token` and a token server (the realm) in this process.

export interface TokenScope {
  type: string;
  name: string;
  actions: string[];
}

export interface TokenRequest {
  method: string;
  path: string;
  service?: string;
  scopes: string[];
  account?: string;
  /** The basic-auth user that came with the request, valid or not. */
  username?: string;
  status: number;
}

export interface TokenRegistryOptions {
  users?: Record<string, string>;
  /**
   * Passwords the realm takes with any user name, as GHCR takes a GitHub token: the user name
   * is only recorded (and becomes the token's subject).
   */
  anyUserTokens?: string[];
  tls?: boolean;
  /** More DNS names for the TLS certificate (a registry reached as ghcr.io through a test proxy). */
  tlsNames?: string[];
  /** Actions granted to `username` for a requested scope; default: everything asked for. */
  grant?: (username: string, scope: TokenScope) => string[];
  /**
   * Refresh tokens the realm takes in the OAuth2 form POST (`grant_type=refresh_token`), each
   * for a user, as ACR's and Docker Hub's token services do; without them a POST gets 404, as
   * distribution's own token server (docs/spec/auth/oauth.md is optional) answers.
   */
  refreshTokens?: Record<string, string>;
}

export interface TokenRegistry extends Registry {
  token: {
    realm: string;
    service: string;
    issuer: string;
    /** Every request the realm received, in order, so tests can check where credentials went. */
    requests: TokenRequest[];
  };
}

const TOKEN_SERVICE = 'gitops-test-registry';
const TOKEN_ISSUER = 'gitops-test-token-issuer';
const TOKEN_TTL_SECONDS = 300;

export async function startTokenAuthRegistry(opts: TokenRegistryOptions = {}): Promise<TokenRegistry> {
  const tmp = await makeTempDir('token-registry');
  let tokenServer: http.Server | undefined;
  try {
    const users: Record<string, string> = opts.users ?? DEFAULT_USERS;
    const signer = await createSelfSignedCert(tmp, 'token-signer', TOKEN_ISSUER);
    const tls = opts.tls ? await createTlsFiles(tmp, opts.tlsNames) : undefined;
    const requests: TokenRequest[] = [];
    const issue = tokenIssuer(createPrivateKey(await readFile(signer.key)), new X509Certificate(await readFile(signer.cert)));
    const accepts = (username: string, password: string) => users[username] === password || (opts.anyUserTokens ?? []).includes(password);
    const handler = tokenHandler(accepts, opts.grant ?? ((_user, scope) => scope.actions), requests, issue, opts.refreshTokens);
    tokenServer = tls
      ? https.createServer({ cert: await readFile(tls.ca.serverCert), key: await readFile(tls.ca.serverKey) }, handler)
      : http.createServer(handler);
    const server = tokenServer;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const realm = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
    // distribution verifies a token through the x5c chain in its header, which must end at a
    // certificate in rootcertbundle; the self-signed signer is both leaf and root.
    const auth = { token: { realm, service: TOKEN_SERVICE, issuer: TOKEN_ISSUER, rootcertbundle: signer.cert } };
    const launched = await launchRegistry(tmp, auth, tls?.ca);
    const registry = registryHandle(launched, tls, users, async () => {
      await launched.stopProcess();
      await closeServer(server);
      await removeDir(tmp);
    });
    return { ...registry, token: { realm, service: TOKEN_SERVICE, issuer: TOKEN_ISSUER, requests } };
  } catch (err) {
    if (tokenServer) await closeServer(tokenServer);
    await removeDir(tmp);
    throw err;
  }
}

function tokenHandler(
  accepts: (username: string, password: string) => boolean,
  grant: (username: string, scope: TokenScope) => string[],
  requests: TokenRequest[],
  issue: (subject: string, access: TokenScope[]) => string,
  refreshTokens: Record<string, string> | undefined,
): http.RequestListener {
  return (req, res) => {
    let form = '';
    req.on('data', (chunk: Buffer) => (form += chunk.toString('utf8')));
    req.on('end', () => answer(req, res, form));
  };

  function answer(req: http.IncomingMessage, res: http.ServerResponse, form: string): void {
    const url = new URL(req.url ?? '/', 'http://realm');
    const posted = new URLSearchParams(req.method === 'POST' ? form : '');
    const params = req.method === 'POST' ? posted : url.searchParams;
    // Clients send one `scope` parameter per scope; some join several with spaces.
    const scopes = params.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean);
    const credentials = parseBasicAuth(req.headers.authorization);
    const record: TokenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      service: params.get('service') ?? undefined,
      scopes,
      account: url.searchParams.get('account') ?? undefined,
      username: credentials?.username,
      status: 0,
    };
    requests.push(record);
    const reply = (status: number, body: object, headers: Record<string, string> = {}): void => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && url.pathname === '/token' && refreshTokens) {
      // The OAuth2 refresh-token grant (distribution docs/spec/auth/oauth.md).
      const subject = posted.get('grant_type') === 'refresh_token' ? refreshTokens[posted.get('refresh_token') ?? ''] : undefined;
      if (!subject) return reply(401, { error: 'invalid_grant' });
      const access = scopes.map(parseScope).map((scope) => ({ ...scope, actions: grant(subject, scope) }));
      return reply(200, { access_token: issue(subject, access), expires_in: TOKEN_TTL_SECONDS, scope: scopes.join(' ') });
    }
    if (req.method !== 'GET' || url.pathname !== '/token') {
      return reply(404, { errors: [{ code: 'NOT_FOUND', message: 'only GET /token is served' }] });
    }
    if (!credentials || !accepts(credentials.username, credentials.password)) {
      return reply(401, { errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] }, {
        'www-authenticate': 'Basic realm="token"',
      });
    }
    const access = scopes.map(parseScope).map((scope) => ({ ...scope, actions: grant(credentials.username, scope) }));
    const token = issue(credentials.username, access);
    reply(200, { token, access_token: token, expires_in: TOKEN_TTL_SECONDS, issued_at: new Date().toISOString() });
  }
}

/** `repository:org/app:pull,push` -> type, name, actions; a name may itself contain colons. */
function parseScope(scope: string): TokenScope {
  const parts = scope.split(':');
  const type = parts[0] ?? '';
  const actions = parts.length > 2 ? (parts.at(-1) ?? '').split(',').filter(Boolean) : [];
  return { type, name: parts.slice(1, parts.length > 2 ? -1 : undefined).join(':'), actions };
}

function tokenIssuer(key: KeyObject, cert: X509Certificate): (subject: string, access: TokenScope[]) => string {
  const header = { typ: 'JWT', alg: 'ES256', x5c: [cert.raw.toString('base64')] };
  return (subject, access) => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: TOKEN_ISSUER,
      sub: subject,
      aud: TOKEN_SERVICE,
      exp: now + TOKEN_TTL_SECONDS,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access,
    };
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    // JOSE wants the raw r||s form, not Node's default DER encoding of an ECDSA signature.
    const signature = sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' });
    return `${signingInput}.${signature.toString('base64url')}`;
  };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function parseBasicAuth(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would hold close() open indefinitely.
    server.closeAllConnections();
  });
}

// ---------------------------------------------------------------------------------------------
// Image fixtures.

export interface OciLayout {
  /** `oci:DIR:TAG`, usable as a skopeo source. */
  ref: string;
  dir: string;
  manifestDigest: string;
}

/** Writes a one-layer OCI image layout holding `files`, without needing any image tooling. */
export async function createOciLayout(dir: string, files: Record<string, string>, tag = 'latest'): Promise<OciLayout> {
  const rootfs = path.join(dir, '.rootfs');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(rootfs, name)), { recursive: true });
    await writeFile(path.join(rootfs, name), content);
  }
  await mkdir(rootfs, { recursive: true });
  const tarPath = path.join(dir, '.layer.tar');
  await run('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '-C', rootfs, '-cf', tarPath, '.']);
  const tar = await readFile(tarPath);
  await removeDir(rootfs);
  await removeDir(tarPath);

  const blobsDir = path.join(dir, 'blobs', 'sha256');
  await mkdir(blobsDir, { recursive: true });
  const addBlob = async (mediaType: string, data: Buffer): Promise<{ mediaType: string; digest: string; size: number }> => {
    const hex = createHash('sha256').update(data).digest('hex');
    await writeFile(path.join(blobsDir, hex), data);
    return { mediaType, digest: `sha256:${hex}`, size: data.length };
  };
  const layer = await addBlob('application/vnd.oci.image.layer.v1.tar+gzip', gzipSync(tar));
  const diffId = `sha256:${createHash('sha256').update(tar).digest('hex')}`;
  const imageConfig = { architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [diffId] } };
  const config = await addBlob('application/vnd.oci.image.config.v1+json', Buffer.from(JSON.stringify(imageConfig)));
  const manifest = await addBlob(
    'application/vnd.oci.image.manifest.v1+json',
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers: [layer] })),
  );
  const index = {
    schemaVersion: 2,
    manifests: [{ ...manifest, annotations: { 'org.opencontainers.image.ref.name': tag } }],
  };
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  return { ref: `oci:${dir}:${tag}`, dir, manifestDigest: manifest.digest };
}
