import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSha, startFakeArgocd, type FakeArgocd } from '../../fakes/argocd/index.js';
import { runAction, runHeldUntil, runToTimeoutAt } from './helpers.js';

let argo: FakeArgocd;
const inputs = (applications: string, extra: Record<string, string> = {}) => ({ server: argo.url, 'auth-token': argo.token, applications, ...extra });
// An operation to another commit than the one we deploy: not ours to adopt, so the policy applies.
const ELSEWHERE = fakeSha('an older release');
const calls = (method: string, suffix: string) => argo.requests.filter((request) => request.method === method && request.path.endsWith(suffix)).length;

// The manual clock: another operation stays in progress until the run has seen it (runHeldUntil), however slow the machine.
beforeAll(async () => {
  argo = await startFakeArgocd({ clock: 'manual', apps: [{ name: 'busy' }, { name: 'queued' }, { name: 'stuck' }, { name: 'raced' }] });
});
afterAll(async () => argo?.stop());

describe('operation-in-progress policies', () => {
  it('fail (the default): names the operation in progress and does not sync', async () => {
    argo.app('busy').startForeignOperation({ revision: ELSEWHERE, scenario: { runningMs: 30_000 } });
    const run = await runAction(inputs('busy'));
    expect(run.error?.message).toMatch(/busy: an operation to [0-9a-f]{40} started by automated sync is in progress, phase Running/);
    expect(run.error?.message).toContain('Set operation-in-progress to wait or terminate');
    expect(calls('POST', '/busy/sync')).toBe(0);
  });

  it('wait: lets the running operation finish, then syncs', async () => {
    argo.app('queued').startForeignOperation({ revision: ELSEWHERE, scenario: { runningMs: 400 } });
    argo.app('queued').setScenario({});
    const run = await runHeldUntil(argo, inputs('queued', { 'operation-in-progress': 'wait', timeout: '20s' }), 'queued: an operation to');
    expect(run.error).toBeUndefined();
    expect(run.io.text()).toContain('waiting for it to end');
    expect(calls('DELETE', '/queued/operation')).toBe(0);
    expect(calls('POST', '/queued/sync')).toBe(1);
    expect(argo.app('queued').get().status.operationState?.operation.initiatedBy.username).toBe('admin');
  });

  it('wait: gives up at the timeout when the operation does not end', async () => {
    argo.app('stuck').startForeignOperation({ revision: ELSEWHERE, scenario: { runningMs: 60_000 } });
    const run = await runToTimeoutAt(inputs('stuck', { 'operation-in-progress': 'wait' }), 'stuck: waiting for the operation in progress to end');
    expect(run.error?.message).toContain('Timed out waiting for the operation in progress on stuck to end');
    expect(calls('POST', '/stuck/sync')).toBe(0);
  });

  it('terminate: terminates the running operation, then syncs', async () => {
    // `stuck` still runs its 60 s operation from the test above; our own sync plays the default scenario.
    argo.app('stuck').setScenario({});
    const run = await runHeldUntil(argo, inputs('stuck', { 'operation-in-progress': 'terminate', timeout: '20s' }), 'stuck: waiting for the operation in progress to end');
    expect(run.error).toBeUndefined();
    expect(calls('DELETE', '/stuck/operation')).toBe(1);
    const terminate = argo.requests.find((request) => request.method === 'DELETE');
    expect(terminate?.headers['content-type']).toBe('application/json');
    expect(run.outputs.get('operation-phase')).toBe('Succeeded');
    expect(argo.specViolations).toEqual([]);
  });

  it('applies the policy when an operation starts between the read and the sync', async () => {
    // The foreign operation starts the moment our sync request arrives (the fake records a request before
    // handling it), so the sync is answered 400 "another operation is already in progress".
    const push = argo.requests.push.bind(argo.requests);
    let raced = false;
    argo.requests.push = (...records) => {
      const count = push(...records);
      if (!raced && records.some((record) => record.method === 'POST' && record.path.endsWith('/raced/sync'))) {
        raced = true;
        argo.app('raced').startForeignOperation({ revision: ELSEWHERE, scenario: { runningMs: 200 } });
        argo.app('raced').setScenario({});
      }
      return count;
    };
    const run = await runHeldUntil(argo, inputs('raced', { 'operation-in-progress': 'wait', timeout: '20s' }), 'raced: an operation to');
    argo.requests.push = push;
    expect(run.error).toBeUndefined();
    const syncs = argo.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/raced/sync'));
    expect(syncs.map((request) => request.status)).toEqual([400, 200]);
    expect(run.io.text()).toContain('waiting for it to end');
  });
});
