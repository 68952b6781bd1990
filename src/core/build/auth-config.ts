import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../io.js';
import type { BuildPlan } from './plan.js';

export interface RegistryLogin {
  registry: string;
  username: string;
  password: string;
}

type DockerConfig = { auths?: Record<string, unknown>; credHelpers?: Record<string, string>; [key: string]: unknown };

const DOCKER_HUB_KEYS = ['docker.io', 'https://index.docker.io/v1/'];

/**
 * Writes the credentials to a throw-away Docker config dir and containers auth file inside
 * `dir` (removed by the caller in `finally`); the user's own files are only read, never written.
 * Other registries' logins the user already has are carried over so base images still pull.
 */
export async function writeThrowAwayAuth(
  dir: string,
  login: RegistryLogin,
  env: Record<string, string | undefined>,
  io: ActionIO,
): Promise<NonNullable<BuildPlan['auth']>> {
  const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
  io.mask(auth);
  const keys = DOCKER_HUB_KEYS.includes(login.registry) ? DOCKER_HUB_KEYS : [login.registry];
  const userDockerDir = env.DOCKER_CONFIG || (env.HOME ? path.join(env.HOME, '.docker') : undefined);
  const userDocker = readJson(userDockerDir ? path.join(userDockerDir, 'config.json') : undefined);
  const userContainers = readJson(
    env.REGISTRY_AUTH_FILE || (env.XDG_RUNTIME_DIR ? path.join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json') : undefined),
  );

  const ours = Object.fromEntries(keys.map((key) => [key, { auth }]));
  const credHelpers = { ...userDocker.credHelpers };
  for (const key of keys) delete credHelpers[key];
  const dockerConfig: DockerConfig = {
    auths: { ...userDocker.auths, ...ours },
    // No credsStore: it would take precedence over the auths we just wrote.
    ...(Object.keys(credHelpers).length ? { credHelpers } : {}),
    ...(userDockerDir ? { cliPluginsExtraDirs: [path.join(userDockerDir, 'cli-plugins')] } : {}),
  };
  const dockerConfigDir = path.join(dir, 'docker-config');
  await mkdir(dockerConfigDir, { recursive: true, mode: 0o700 });
  await writeFile(path.join(dockerConfigDir, 'config.json'), JSON.stringify(dockerConfig), { mode: 0o600 });

  const authFile = path.join(dir, 'containers-auth.json');
  const containersAuths = { ...userDocker.auths, ...userContainers.auths, ...ours };
  await writeFile(authFile, JSON.stringify({ auths: containersAuths }), { mode: 0o600 });

  const buildxConfigDir = env.BUILDX_CONFIG || (userDockerDir && existsSync(path.join(userDockerDir, 'buildx')) ? path.join(userDockerDir, 'buildx') : undefined);
  return { authFile, dockerConfigDir, ...(buildxConfigDir ? { buildxConfigDir } : {}) };
}

function readJson(file: string | undefined): DockerConfig {
  if (!file || !existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as DockerConfig) : {};
  } catch {
    return {};
  }
}
