import { ActionFailure } from '../errors.js';

/** The action's own time limit ran out (the `timeout` input): not a failure of the server's. */
export class DeadlineExceeded extends ActionFailure {
  override readonly name = 'DeadlineExceeded';
}

/**
 * A signal aborted at `deadline` (epoch ms) with a `DeadlineExceeded` naming what ran out, or when `parent`
 * aborts. Every request of a wait takes it, so the limit holds through a slow connect or a server that trickles
 * bytes: an idle time-out alone never fires while bytes keep coming.
 */
export function deadlineSignal(deadline: number, what: string, parent?: AbortSignal, now = Date.now()): AbortSignal {
  const controller = new AbortController();
  if (parent?.aborted) {
    controller.abort(parent.reason);
    return controller.signal;
  }
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded(what)), Math.max(0, deadline - now));
  // The timer must not keep a finished run's process alive.
  timer.unref();
  const onParentAbort = () => {
    clearTimeout(timer);
    controller.abort(parent?.reason);
  };
  parent?.addEventListener('abort', onParentAbort, { once: true });
  controller.signal.addEventListener('abort', () => parent?.removeEventListener('abort', onParentAbort), { once: true });
  return controller.signal;
}

/** Both limits at once: aborted by whichever comes first (undefined parts are ignored). */
export function eitherSignal(...signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  if (present.length <= 1) return present[0];
  return AbortSignal.any(present);
}
