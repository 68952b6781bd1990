import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSha, startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { appsOf, runAction, runHeldUntil, runToTimeoutAt, until } from './helpers.js';

/**
 * Issue 15, cases 1, 2, 3, 9 and 13: the wait against the controller's real state changes, as the fake models
 * them (controller/state.go, controller/appcontroller.go, util/git/client.go).
 */
let argo: FakeArgocd;
const MAIN = fakeSha('main@1');
const RELEASE = fakeSha('release@1');
const OLDER = fakeSha('main@0');
const inputs = (applications: string, extra: Record<string, string> = {}) => ({ server: argo.url, 'auth-token': argo.token, applications, ...extra });
const source = (name: string) => ({ repoURL: 'https://git.example.test/deploy.git', path: name, targetRevision: 'main' });
/** Runs the action on `name` and pushes `sha` to `ref` once its operation exists: a commit landing mid-wait. */
async function syncWhilePushing(name: string, ref: string, sha: string, sameManifestsAs?: string) {
  const running = runAction(inputs(name, { timeout: '20s' }));
  await until(() => argo.app(name).get().operation !== undefined, 'the operation');
  argo.setRevision(ref, sha, { sameManifestsAs });
  return running;
}
const syncs = (name: string) => argo.requests.filter((request) => request.method === 'POST' && request.path.endsWith(`/${name}/sync`));

beforeAll(async () => {
  argo = await startFakeArgocd({
    revisions: { main: MAIN, release: RELEASE },
    apps: [
      { name: 'busy-repo', source: source('busy-repo'), scenario: { runningMs: 300 } },
      { name: 'short-sha', source: source('short-sha') },
      { name: 'pinned', source: source('pinned') },
      {
        name: 'multi',
        sources: [{ repoURL: 'https://git.example.test/a.git', targetRevision: 'main' }, { repoURL: 'https://git.example.test/b.git', targetRevision: 'release' }],
        scenario: { runningMs: 300 },
      },
      { name: 'refreshing-retry', source: source('refreshing-retry'), retry: { limit: 2, refresh: true }, scenario: { failedAttempts: 1, retryDelayMs: 200 } },
      { name: 'broken-rollout', source: source('broken-rollout'), scenario: { health: 'Degraded' } },
      { name: 'drifting', source: source('drifting'), scenario: { driftAfterSync: true } },
      { name: 'slow', source: source('slow'), scenario: { progressingMs: 60_000 } },
    ],
  });
});
afterAll(async () => argo?.stop());

describe('issue 15 case 1: Synced is Argo CD\'s verdict against the target resolved afresh', () => {
  it('(a) succeeds when an unrelated commit lands on the branch during the wait, reporting our revision', async () => {
    const unrelated = fakeSha('main@2: another team');
    const run = await syncWhilePushing('busy-repo', 'main', unrelated, MAIN);
    expect(run.error).toBeUndefined();
    expect(argo.app('busy-repo').get().status.sync).toEqual({ status: 'Synced', revision: unrelated });
    expect(run.outputs.get('revision')).toBe(MAIN);
    expect(appsOf(run)[0]).toMatchObject({ outcome: 'succeeded', revision: MAIN, targetRevision: unrelated, syncStatus: 'Synced' });
    argo.setRevision('main', MAIN);
  });

  it('(b) accepts a short SHA (as $CI_COMMIT_SHORT_SHA) and reports the full one', async () => {
    const run = await runAction(inputs('short-sha', { revision: MAIN.slice(0, 8), timeout: '20s' }));
    expect(run.error).toBeUndefined();
    expect(syncs('short-sha')[0]?.body).toEqual({ revision: MAIN.slice(0, 8) });
    expect(run.outputs.get('revision')).toBe(MAIN);
    expect(run.outputs.get('sync-status')).toBe('Synced');
  });

  it('(c) syncs a pinned older revision of a manually synced app: succeeds, and says why Argo CD shows OutOfSync', async () => {
    const run = await runAction(inputs('pinned', { revision: OLDER, timeout: '20s' }));
    expect(run.error).toBeUndefined();
    expect(run.outputs.get('revision')).toBe(OLDER);
    expect(run.outputs.get('sync-status')).toBe('OutOfSync');
    expect(appsOf(run)[0].notes).toEqual([`Argo CD shows OutOfSync because it compares with the target revision, which resolves to ${MAIN}; this sync deployed ${OLDER}`]);
  });

  it('(d) waits on a multi-source app while one source\'s branch moves', async () => {
    const moved = fakeSha('release@2: docs only');
    const run = await syncWhilePushing('multi', 'release', moved, RELEASE);
    expect(run.error).toBeUndefined();
    expect(appsOf(run)[0]).toMatchObject({ revisions: [MAIN, RELEASE], targetRevision: `${MAIN} ${moved}`, syncStatus: 'Synced' });
    argo.setRevision('release', RELEASE);
  });
});

describe('issue 15 case 2: a retry with retry.refresh clears the operation\'s revision', () => {
  it('keeps following our operation (inherited from the app\'s retry policy) and reports what the retry deployed', async () => {
    const pushed = fakeSha('main@3');
    const run = await syncWhilePushing('refreshing-retry', 'main', pushed);
    expect(run.error).toBeUndefined();
    const state = argo.app('refreshing-retry').get().status.operationState!;
    expect([state.retryCount, state.operation.sync.revision, state.operation.retry]).toEqual([1, undefined, { limit: 2, refresh: true }]);
    expect(syncs('refreshing-retry')[0]?.body).toEqual({});
    expect(run.outputs.get('revision')).toBe(pushed);
    expect(run.outputs.get('sync-status')).toBe('Synced');
    argo.setRevision('main', MAIN);
  });
});

describe('issue 15 case 3: Degraded has a grace period', () => {
  it('rides through a brief Degraded during a rollout, and fails a Degraded that lasts', async () => {
    // On the manual clock the brief Degraded lasts until the run has seen it, however slow the machine.
    const held = await startFakeArgocd({ clock: 'manual', revisions: { main: MAIN }, apps: [{ name: 'rollout', source: source('rollout'), scenario: { degradedBlipMs: 300 } }] });
    const rolloutInputs = { server: held.url, 'auth-token': held.token, applications: 'rollout', 'degraded-grace': '10s', timeout: '20s' };
    const rollout = await runHeldUntil(held, rolloutInputs, 'rollout: waiting for health Healthy (it is Degraded)', 'rollout: health Healthy').finally(() => held.stop());
    expect(rollout.error).toBeUndefined();
    expect(rollout.io.text()).toContain('rollout: waiting for health Healthy (it is Degraded)');

    const broken = await runAction(inputs('broken-rollout', { 'degraded-grace': '1s', timeout: '1m' }));
    expect(broken.error?.message).toContain('broken-rollout: The application is Degraded after the sync for 1s (degraded-grace)');
    expect(appsOf(broken)[0]).toMatchObject({ outcome: 'degraded' });
  });
});

describe('issue 15 case 9: waiting for the operation only', () => {
  it('times out on an app that stays OutOfSync by design, unless sync-status-check is off', async () => {
    const waiting = await runToTimeoutAt(inputs('drifting'), `drifting: waiting for Argo CD to report Synced (it reports OutOfSync against the target ${MAIN})`);
    expect(waiting.error?.message).toContain(`still waiting for Argo CD to report Synced (it reports OutOfSync against the target ${MAIN})`);
    const operationOnly = await runAction(inputs('drifting', { 'sync-status-check': 'false', timeout: '20s' }));
    expect(operationOnly.error).toBeUndefined();
    expect(Object.fromEntries(operationOnly.outputs)).toMatchObject({ 'sync-status': 'OutOfSync', 'operation-phase': 'Succeeded', 'health-status': 'Healthy' });
  });
});

describe('issue 15 case 13: the failure text tells our revision from Argo CD\'s', () => {
  it('names what this run synced and what Argo CD reports, never calling our revision "now"', async () => {
    const run = await runToTimeoutAt(inputs('slow'), 'slow: waiting for health Healthy (it is Progressing)');
    expect(run.error?.message).toContain(`  Argo CD reports: sync Synced against the target revision ${MAIN}, health Progressing\n  Synced by this run: ${MAIN}`);
    expect(run.error?.message).not.toMatch(/\bnow\b/i);
  });
});
