import { testParseContext } from '../../runtime.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { definition } from '../../../src/actions/argocd-sync/definition.js';
import { buildOutputs, renderSummary } from '../../../src/actions/argocd-sync/summary.js';
import type { AppSyncResult } from '../../../src/core/argocd/sync-app.js';
import { syncBody } from '../../../src/core/argocd/sync-app.js';
import { InputReader, inputSourceFromObject } from '../../../src/core/inputs.js';

const TOKEN = 'aaaa.bbbb.cccc';
const parseInputs = (values: Record<string, string>) => definition.parse(new InputReader(definition.inputs, inputSourceFromObject(values)), testParseContext());

describe('argocd-sync inputs', () => {
  it('matches action.yml exactly', () => {
    const yml = parse(readFileSync('actions/argocd-sync/action.yml', 'utf8')) as { inputs: Record<string, { required?: boolean; default?: string }>; outputs: Record<string, unknown> };
    expect(Object.keys(yml.inputs)).toEqual(Object.keys(definition.inputs));
    for (const [name, spec] of Object.entries(definition.inputs)) {
      expect([name, yml.inputs[name]?.required ?? false, yml.inputs[name]?.default]).toEqual([name, spec.required ?? false, spec.default]);
    }
    expect(Object.keys(yml.outputs)).toEqual(Object.keys(definition.outputs));
    expect(definition.inputs['auth-token'].secret && definition.inputs.password.secret).toBe(true);
  });

  it('parses the defaults into settings and keeps the token out of JSON', () => {
    const inputs = parseInputs({ server: 'https://example.com/argocd/', 'auth-token': TOKEN, applications: 'web, tenants/api' });
    expect(inputs.server.pathname).toBe('/argocd/');
    expect(inputs.applications).toEqual(['web', 'tenants/api']);
    expect(inputs.sync).toMatchObject({ wait: true, timeoutMs: 300_000, health: true, degradedFailsFast: true, operationInProgress: 'fail', refresh: 'none', refreshTimeoutMs: 120_000 });
    expect(inputs.concurrency).toBe(4);
    expect(JSON.stringify(inputs)).not.toContain(TOKEN);
  });

  it('parses resources in the CLI form and sync options', () => {
    const inputs = parseInputs({ server: 'https://a.example', 'auth-token': TOKEN, applications: 'web', resources: 'apps:Deployment:shop/web\n:Service:web', 'sync-options': 'ServerSideApply=true', 'apply-out-of-sync-only': 'true' });
    expect(syncBody(inputs.sync)).toEqual({
      resources: [{ group: 'apps', kind: 'Deployment', name: 'web', namespace: 'shop' }, { group: '', kind: 'Service', name: 'web', namespace: '' }],
      syncOptions: { items: ['ServerSideApply=true', 'ApplyOutOfSyncOnly=true'] },
    });
  });

  it.each([
    [{ 'auth-token': TOKEN, username: 'ci', password: 'pw' }, 'Input "auth-token": give either auth-token or username and password'],
    [{ username: 'ci' }, 'Input "password": is required with username'],
    [{}, 'Input "auth-token": is required'],
    [{ 'auth-token': TOKEN, applications: 'Web!' }, 'Input "applications": expected name or namespace/name'],
    [{ 'auth-token': TOKEN, applications: 'web', selector: 'a=b' }, 'Input "selector": give either applications or selector'],
    [{ 'auth-token': TOKEN, applications: 'web', resources: 'Deployment/web' }, 'Input "resources": expected GROUP:KIND:NAME'],
    [{ 'auth-token': TOKEN, applications: 'web', 'operation-in-progress': 'queue' }, 'Input "operation-in-progress": expected one of fail, wait, terminate'],
    [{ 'auth-token': TOKEN, applications: 'web', timeout: 'soon' }, 'Input "timeout": expected a duration'],
    [{ 'auth-token': TOKEN, applications: 'web', concurrency: '0' }, 'Input "concurrency": must be at least 1'],
    [{ 'auth-token': TOKEN, applications: 'web', 'sync-options': 'Prune' }, 'Input "sync-options": expected Key=value'],
    [{ 'auth-token': TOKEN, applications: 'web', header: 'X-Token abc' }, 'Input "header": line 1 has no ":"'],
    [{ 'auth-token': TOKEN, applications: 'web', header: 'X-A: 1\nBad Name: 2' }, 'Input "header": line 2 has no valid header name'],
    [{ 'auth-token': TOKEN, applications: 'web', header: 'Authorization: Basic x' }, 'Input "header": line 1 sets Authorization, which the action sets itself'],
    [{ 'auth-token': TOKEN, applications: 'web', 'client-key': '/nonexistent/key.pem' }, 'Input "client-cert": is required with client-key'],
    [{ 'auth-token': TOKEN, applications: 'web', 'degraded-grace': 'a while' }, 'Input "degraded-grace": expected a duration'],
  ])('rejects %j', (values, message) => {
    expect(() => parseInputs({ server: 'https://argocd.example.com', ...values })).toThrow(message);
  });

  it('takes a server without a scheme as https, with its port and path, and new settings with their defaults', () => {
    const inputs = parseInputs({ server: 'argocd.example.com:8443/argocd', 'auth-token': TOKEN, applications: 'web', header: 'CF-Access-Client-Id: id\nCF-Access-Client-Secret: secret' });
    expect(inputs.server.href).toBe('https://argocd.example.com:8443/argocd');
    expect(inputs.sync).toMatchObject({ syncStatus: true, degradedGraceMs: 30_000, terminateOnTimeout: false });
    expect(Object.keys(inputs.headers)).toEqual(['CF-Access-Client-Id', 'CF-Access-Client-Secret']);
    expect(inputs.headers['CF-Access-Client-Secret']?.reveal()).toBe('secret');
    expect(JSON.stringify(inputs)).not.toContain('secret"');
  });

  it('rejects credentials in the URL and insecure on plain http', () => {
    expect(() => parseInputs({ server: 'https://u:p@argocd.example.com', 'auth-token': TOKEN, applications: 'a' })).toThrow('Input "server": must not hold credentials');
    expect(() => parseInputs({ server: 'http://argocd.example.com', 'auth-token': TOKEN, applications: 'a', insecure: 'true' })).toThrow('Input "insecure"');
  });
});

describe('argocd-sync outputs and summary', () => {
  const result = (name: string, extra: Partial<AppSyncResult>): AppSyncResult => ({
    name, outcome: 'succeeded', revision: 'a'.repeat(40), syncStatus: 'Synced', healthStatus: 'Healthy', operationPhase: 'Succeeded', notes: [], problems: [], durationMs: 1200, ...extra,
  });

  it('gives one app its own values and several apps the worst, with name=revision pairs when they differ', () => {
    expect(buildOutputs([result('a', {})])).toMatchObject({ revision: 'a'.repeat(40), 'health-status': 'Healthy' });
    const several = buildOutputs([result('a', {}), result('b', { revision: 'b'.repeat(40), healthStatus: 'Progressing', syncStatus: 'OutOfSync', operationPhase: 'Failed' })]);
    expect(several).toMatchObject({ revision: `a=${'a'.repeat(40)},b=${'b'.repeat(40)}`, 'health-status': 'Progressing', 'sync-status': 'OutOfSync', 'operation-phase': 'Failed' });
  });

  it('renders a table and the failures, escaping table syntax', () => {
    const markdown = renderSummary(
      [result('web', { outcome: 'degraded', failure: 'Degraded | badly', problems: [{ kind: 'Deployment', name: 'web', namespace: 'shop', healthStatus: 'Degraded', message: 'deadline\nexceeded' }] })],
      { dryRun: false },
    );
    expect(markdown).toContain('| web | degraded | `aaaaaaaaaaaa` | Synced | Healthy | Succeeded | 1.2 s |');
    expect(markdown).toContain('**web**: Degraded \\| badly');
    expect(markdown).toContain('- Deployment web (namespace shop): Degraded: deadline exceeded');
  });
});

describe('argocd-sync credentials from the environment', () => {
  const parseWithEnv = (values: Record<string, string>, env: Record<string, string>) =>
    definition.parse(new InputReader(definition.inputs, inputSourceFromObject({ server: 'https://argocd.example.com', applications: 'web', ...values })), testParseContext({ env }));
  const tokenOf = (inputs: ReturnType<typeof parseWithEnv>) => (inputs.credentials.kind === 'token' ? inputs.credentials.token.reveal() : inputs.credentials.kind);

  it('takes ARGOCD_AUTH_TOKEN when neither auth-token nor username/password is given', () => {
    expect(tokenOf(parseWithEnv({}, { ARGOCD_AUTH_TOKEN: 'env.tok.en' }))).toBe('env.tok.en');
    expect(tokenOf(parseWithEnv({ 'auth-token': TOKEN }, { ARGOCD_AUTH_TOKEN: 'env.tok.en' }))).toBe(TOKEN);
    expect(tokenOf(parseWithEnv({ username: 'ci', password: 'pw' }, { ARGOCD_AUTH_TOKEN: 'env.tok.en' }))).toBe('login');
    expect(() => parseWithEnv({}, { ARGOCD_AUTH_TOKEN: 'opaque' })).toThrow('Input "auth-token": is not an Argo CD token (from ARGOCD_AUTH_TOKEN)');
  });
});
