import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSha, startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { call } from '../../fakes/argocd/test-client.js';
import { definition } from '../../../src/actions/argocd-sync/definition.js';
import { runArgocdSync } from '../../../src/actions/argocd-sync/run.js';
import type { ArgocdSyncInputs } from '../../../src/actions/argocd-sync/inputs.js';
import { RecordingIO } from '../../../src/platform/recording-io.js';
import { parseTestInputs, withTestRuntime } from '../../runtime.js';
import { appsOf, runAction, runHeldUntil, runToTimeoutAt, until } from './helpers.js';

/** Issue 15, cases 7, 8, 10 and 14, and hooks: operations already there, refused, adopted, left behind. */
let argo: FakeArgocd;
const MAIN = fakeSha('main');
const inputs = (applications: string, extra: Record<string, string> = {}) => ({ server: argo.url, 'auth-token': argo.token, applications, ...extra });
const requests = (method: string, suffix: string) => argo.requests.filter((request) => request.method === method && request.path.endsWith(suffix));

beforeAll(async () => {
  argo = await startFakeArgocd({
    revisions: { main: MAIN },
    apps: ['cancelled', 'partial', 'stuck', 'hooked'].map((name) => ({ name, source: { repoURL: 'https://git.example.test/deploy.git', path: name, targetRevision: 'main' } })),
  });
});
afterAll(async () => argo?.stop());

describe('issue 15 case 7: a refused terminate is reported', () => {
  it('says Argo CD refused to terminate an operation only requested, terminates it once picked up, then syncs', async () => {
    // A fake of its own on the manual clock: the controller picks the colleague's operation up only once our
    // first terminate has been refused, however long the run took to get there; from then on it runs freely.
    const held = await startFakeArgocd({ clock: 'manual', revisions: { main: MAIN }, tokens: [{ subject: 'colleague' }], apps: [{ name: 'requested', source: { repoURL: 'https://git.example.test/deploy.git', path: 'requested', targetRevision: 'main' } }] });
    const deletes = () => held.requests.filter((request) => request.method === 'DELETE' && request.path.endsWith('/requested/operation')).map((request) => request.status);
    try {
      held.app('requested').setScenario({ runningMs: 60_000 });
      const theirs = await call(`${held.url}/api/v1/applications/requested/sync`, { token: held.extraTokens[0], method: 'POST', body: { revision: fakeSha('their release') } });
      expect(theirs.status).toBe(200);
      held.app('requested').setScenario({});
      let ended = false;
      const running = runAction({ server: held.url, 'auth-token': held.token, applications: 'requested', 'operation-in-progress': 'terminate', timeout: '1m' }).finally(() => (ended = true));
      await until(() => ended || deletes().includes(400), 'the refused terminate');
      expect(held.advance()).toEqual(['requested: operation Running']);
      await until(() => ended || deletes().includes(200), 'the terminate once picked up');
      // From here the controller runs every step as soon as it is queued.
      await until(() => {
        held.runAll();
        return ended;
      }, 'the run to end');
      const run = await running;
      expect(run.error).toBeUndefined();
      expect(deletes()).toEqual([400, 200]);
      expect(appsOf(run)[0].notes).toEqual([
        'Argo CD refused to terminate the operation in progress ("Unable to terminate operation. No operation is in progress"): terminated once the controller had picked it up',
      ]);
      expect(run.io.summary).toContain('Argo CD refused to terminate the operation in progress');
    } finally {
      await held.stop();
    }
  });
});

describe('issue 15 case 8: a partial sync that matches nothing', () => {
  it('fails at once, naming the resources input, without syncing', async () => {
    const run = await runAction(inputs('partial', { resources: 'apps:Deployment:nope\n:ConfigMap:missing' }));
    expect(run.error?.name).toBe('ConfigurationError');
    expect(run.error?.message).toBe(
      'Input "resources": no resource of partial matches apps:Deployment:nope, :ConfigMap:missing; it manages apps:Deployment:apps/partial, :Service:apps/partial',
    );
    expect(requests('POST', '/partial/sync')).toHaveLength(0);
  });
});

describe('issue 15 case 10: an operation already running for the same revision is adopted', () => {
  // The manual clock: the auto-sync stays in progress until the run has adopted it, however slow the machine.
  let adopting: FakeArgocd;
  const adoptInputs = (applications: string, extra: Record<string, string>) => ({ server: adopting.url, 'auth-token': adopting.token, applications, timeout: '20s', ...extra });
  const adopted = (name: string) => `${name}: an automated sync is already syncing`;
  const calls = (method: string, suffix: string) => adopting.requests.filter((request) => request.method === method && request.path.endsWith(suffix));
  beforeAll(async () => {
    adopting = await startFakeArgocd({
      clock: 'manual',
      revisions: { main: MAIN },
      apps: ['raced', 'raced-terminate', 'short-raced'].map((name) => ({ name, source: { repoURL: 'https://git.example.test/deploy.git', path: name, targetRevision: 'main' }, automated: true })),
    });
  });
  afterAll(async () => adopting?.stop());

  it('waits for the auto-sync of the very commit instead of failing (default policy) or syncing twice', async () => {
    adopting.app('raced').startForeignOperation({ scenario: { runningMs: 300 } });
    const run = await runHeldUntil(adopting, adoptInputs('raced', { revision: MAIN }), adopted('raced'));
    expect(run.error).toBeUndefined();
    expect(calls('POST', '/raced/sync')).toHaveLength(0);
    expect(appsOf(run)[0]).toMatchObject({ outcome: 'succeeded', revision: MAIN, notes: [`adopted the operation an automated sync had already started for ${MAIN}`] });
    expect(adopting.app('raced').get().status.operationState?.operation.initiatedBy).toEqual({ automated: true });
  });

  it('does not terminate a deploy of the commit asked for, given as the branch or as a short SHA', async () => {
    adopting.app('raced-terminate').startForeignOperation({ scenario: { runningMs: 300 } });
    const byBranch = await runHeldUntil(adopting, adoptInputs('raced-terminate', { revision: 'main', 'operation-in-progress': 'terminate' }), adopted('raced-terminate'));
    expect(byBranch.error).toBeUndefined();
    adopting.app('short-raced').startForeignOperation({ scenario: { runningMs: 300 } });
    const byShortSha = await runHeldUntil(adopting, adoptInputs('short-raced', { revision: MAIN.slice(0, 7), 'operation-in-progress': 'terminate' }), adopted('short-raced'));
    expect(byShortSha.error).toBeUndefined();
    expect([...calls('DELETE', '/raced-terminate/operation'), ...calls('DELETE', '/short-raced/operation')]).toHaveLength(0);
    expect([...calls('POST', '/raced-terminate/sync'), ...calls('POST', '/short-raced/sync')]).toHaveLength(0);
  });
});

describe('issue 15 case 14: terminate-on-timeout', () => {
  it('terminates our own operation when the wait times out, and says so', async () => {
    argo.app('stuck').setScenario({ runningMs: 60_000 });
    const run = await runToTimeoutAt(inputs('stuck', { 'terminate-on-timeout': 'true' }), 'stuck: waiting for the operation to finish (phase Running)');
    expect(run.error?.message).toContain('Timed out after 10m waiting for stuck: still waiting for the operation to finish (phase Running)');
    expect(run.error?.message).toContain('Note: our operation was terminated at the timeout (terminate-on-timeout)');
    expect(requests('DELETE', '/stuck/operation').map((request) => request.status)).toEqual([200]);
    await until(() => argo.app('stuck').get().status.operationState?.phase === 'Failed', 'the terminated operation');
    expect(argo.app('stuck').get().status.operationState?.message).toBe('Operation terminated');
  });
});

describe('cancellation', () => {
  it('stops the wait when the run is cancelled (SIGTERM), well before the timeout', async () => {
    argo.app('cancelled').setScenario({ runningMs: 60_000 });
    const parsed = parseTestInputs<ArgocdSyncInputs>(definition, inputs('cancelled', { timeout: '10m' }));
    const cancel = new AbortController();
    const result = await withTestRuntime({ io: new RecordingIO() }, (runtime) => {
      void until(() => argo.app('cancelled').get().status.operationState?.phase === 'Running', 'the operation').then(() => cancel.abort(new Error('SIGTERM')));
      return runArgocdSync(parsed, { ...runtime, signal: cancel.signal });
    });
    expect(result.failure).toContain('cancelled: the wait was cancelled');
  });
});

describe('hooks keep an operation Running', () => {
  it('waits for the PostSync hook although the app already shows Synced and Healthy', async () => {
    argo.app('hooked').setScenario({ hookMs: 400 });
    const run = await runAction(inputs('hooked', { timeout: '20s' }));
    expect(run.error).toBeUndefined();
    expect(run.io.text()).toContain('hooked: waiting for the operation to finish (phase Running (waiting for completion of hook batch/Job/hooked-post-sync))');
    const state = argo.app('hooked').get().status.operationState!;
    expect(state.syncResult?.resources?.find((resource) => resource.hookType === 'PostSync')?.hookPhase).toBe('Succeeded');
  });
});
