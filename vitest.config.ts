import { defineConfig } from 'vitest/config';

/**
 * Two tiers, both run by `npm test`:
 * - unit: pure code and files on disk. test/unit-guard.ts fails any of them that starts a server
 *   or a child process, so a slow test cannot hide there. All cores.
 * - integration (`*.int.test.ts`): real servers on loopback (registry, git, Argo CD fake,
 *   proxies), buildah, the built CLI. Two files at a time at most: they start processes of their
 *   own, and the machines have two cores.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/plain-summary-reporter.ts'],
    pool: 'forks',
    // GitHub's workflow parser imports its JSON schemas the bundler way (no import attribute):
    // let vite load it, as a bundler would.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts'],
          setupFiles: ['test/setup.ts', 'test/unit-guard.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          setupFiles: ['test/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          // After the unit tier, not beside it: a worker bound differs per tier only in its own group.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
