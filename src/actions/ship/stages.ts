import { definition as argocdSync } from '../argocd-sync/definition.js';
import { definition as buildPush } from '../build-push/definition.js';
import { definition as bumpManifest } from '../bump-manifest/definition.js';
import { definition as pushOciArtifact } from '../push-oci-artifact/definition.js';
import type { Stage } from './stage.js';

/** The registry login build-push is given serves the artifact push too. */
const SHARED_LOGIN = { username: 'username', password: 'password', 'github-token': 'github-token', provider: 'provider', insecure: 'insecure', 'ca-file': 'ca-file' } as const;

export const BUILD: Stage = { name: 'build', definition: buildPush, inputPrefix: '', outputPrefix: 'build-' };
export const ARTIFACT: Stage = { name: 'artifact', definition: pushOciArtifact, inputPrefix: 'artifact-', outputPrefix: 'artifact-', shared: SHARED_LOGIN };
/** The image line is build-push's `image` output: repository@digest, pinned. */
export const BUMP: Stage = { name: 'bump', definition: bumpManifest, inputPrefix: 'config-', outputPrefix: 'config-', filled: ['image', 'from'] };
export const SYNC: Stage = { name: 'sync', definition: argocdSync, inputPrefix: 'argocd-', outputPrefix: 'argocd-' };

/** In the order they run. */
export const SHIP_STAGES = [BUILD, ARTIFACT, BUMP, SYNC] as const;
