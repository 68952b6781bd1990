import type { AnyActionDefinition } from '../core/action-spec.js';

/** Every action the CLI offers, in the order `--help` lists them. */
export const actions: readonly AnyActionDefinition[] = [];
