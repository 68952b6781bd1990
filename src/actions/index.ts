import type { AnyActionDefinition } from '../core/action-spec.js';
import { definition as argocdSync } from './argocd-sync/definition.js';
import { definition as buildPush } from './build-push/definition.js';
import { definition as bumpManifest } from './bump-manifest/definition.js';
import { definition as promote } from './promote/definition.js';
import { definition as ship } from './ship/definition.js';
import { definition as pushOciArtifact } from './push-oci-artifact/definition.js';

/** Every action the CLI offers, in the order a pipeline runs them. `--help` lists them so. */
export const actions: readonly AnyActionDefinition[] = [buildPush, pushOciArtifact, bumpManifest, argocdSync, promote, ship];
