import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CleanupRegistry } from '../../src/core/cleanup.js';
import { installCancellation } from '../../src/platform/cancellation.js';

function setup() {
  const target = new EventEmitter();
  const cleanups = new CleanupRegistry();
  const lines: string[] = [];
  let exited: (code: number) => void = () => {};
  const exit = new Promise<number>((resolve) => (exited = resolve));
  const cancellation = installCancellation({ report: (line) => lines.push(line), exit: (code) => exited(code), cleanups, target: target as unknown as NodeJS.Process });
  return { target, cleanups, lines, exit, cancellation };
}

describe('cancellation at the edge', () => {
  it('on SIGTERM aborts, runs every cleanup latest first, says so and exits 143', async () => {
    const { target, cleanups, lines, exit, cancellation } = setup();
    const order: string[] = [];
    cleanups.add(() => void order.push('remove credentials file'));
    const forgotten = cleanups.add(() => void order.push('never: its work finished'));
    cleanups.add(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('stop build process group');
    });
    forgotten();
    target.emit('SIGTERM');
    expect(cancellation.signal.aborted).toBe(true);
    expect(await exit).toBe(143);
    expect(order).toEqual(['stop build process group', 'remove credentials file']);
    expect(lines).toEqual(['error: cancelled by SIGTERM: stopped the running commands and removed temporary files']);
  });

  it('exits 130 on SIGINT, and at once on a second signal', async () => {
    const { target, cleanups, exit } = setup();
    cleanups.add(() => new Promise(() => {}));
    // The first signal's cleanup never ends: only the second can have exited.
    target.emit('SIGINT');
    target.emit('SIGINT');
    expect(await exit).toBe(130);
  });

  it('listens no more once disposed', () => {
    const { target, cancellation } = setup();
    cancellation.dispose();
    expect(target.listenerCount('SIGTERM')).toBe(0);
    expect(target.listenerCount('SIGINT')).toBe(0);
  });
});
