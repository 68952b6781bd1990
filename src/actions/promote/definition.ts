import type { ActionDefinition } from '../../core/action-spec.js';
import { stageInputSpecs, stageOutputSpecs } from '../ship/stage.js';
import { BUMP_STAGE, parsePromoteInputs, SYNC_STAGE, type PromoteInputs } from './inputs.js';

export type PromoteOutput =
  | 'digest'
  | 'image'
  | 'source'
  | 'tags'
  | 'referrers'
  | 'commit'
  | 'pull-request-url'
  | 'sync-status'
  | 'health-status'
  | 'record';

export const definition: ActionDefinition<PromoteInputs, PromoteOutput> = {
  name: 'promote',
  description:
    'Promote an image or artifact by digest, without rebuilding: copy it (layers mounted or streamed, never pulled; an index ' +
    'with every platform; signatures and other referrers too) to a new tag or repository, then optionally bump the target ' +
    'environment in the config repository and sync it with Argo CD.',
  inputs: {
    source: {
      description:
        'The image to promote: registry/repository@sha256:… (pinned), registry/repository:tag (resolved once, then only the digest is used), ' +
        'or registry/repository with "from".',
      required: true,
    },
    digest: { description: 'The digest to promote (sha256:…), when source names only the repository; "from" is then not read.' },
    from: {
      description:
        'An environment folder (files or a glob) of the config repository: the reference of source it runs is promoted. ' +
        'The repository is given by the config-repository or config-path inputs.',
    },
    target: { description: 'Where to copy: registry/repository[:tag]. Default: the source repository (then give a new tag).' },
    tags: { description: 'More tags for the promoted digest in the target, separated by commas or newlines.', multiple: true },
    referrers: { description: 'Also copy what refers to the digest (signatures, SBOMs, attestations).', default: 'true' },
    stages: {
      description: 'What to do, comma or newline separated: copy (the registry copy), bump (write it into the target environment), sync (Argo CD).',
      default: 'copy',
      multiple: true,
    },
    environment: { description: 'Name of the target environment, for the deployment record.' },
    'config-image': { description: 'The image name the target environment\'s files use. Default: the target repository.' },
    username: { description: 'User name for the target registry (and the source\'s, when the same). Default: the docker config credentials (DOCKER_CONFIG, ~/.docker/config.json).' },
    password: { description: 'Password or token for the target registry; alone, a token (for ghcr.io, with any user name).', secret: true },
    'github-token': {
      description: 'Token for ghcr.io when no other login is given (GHCR takes it with any user name).',
      default: '${{ github.token }}',
      secret: true,
    },
    'source-username': { description: 'User name for the source registry, when it differs from the target\'s.' },
    'source-password': { description: 'Password or token for the source registry.', secret: true },
    insecure: { description: 'Skip TLS verification, and use plain HTTP for a registry without TLS.', default: 'false' },
    'ca-file': { description: 'PEM file of a CA to trust for the registries, besides the system\'s.' },
    ...stageInputSpecs(BUMP_STAGE),
    ...stageInputSpecs(SYNC_STAGE),
  },
  outputs: {
    digest: { description: 'The promoted digest, sha256:… (the same in source and target).' },
    image: { description: 'The promoted image pinned by digest in the target: registry/repository@sha256:…' },
    source: { description: 'Where it came from, pinned by digest: registry/repository@sha256:…' },
    tags: { description: 'The target references now pointing at the digest, registry/repository:tag, one per line.' },
    referrers: { description: 'Digests of the referrers copied with it, one per line.' },
    commit: { description: 'The config commit holding the promotion (bump stage).' },
    'pull-request-url': { description: 'The pull request of the promotion (bump stage in pull-request mode).' },
    'sync-status': { description: 'Argo CD sync status after the sync stage.' },
    'health-status': { description: 'Argo CD health status after the sync stage.' },
    record: { description: 'JSON deployment record: environment, commit, image, digest, config commit, Argo CD revision and health, links.' },
    ...(stageOutputSpecs(BUMP_STAGE) as Record<never, never>),
    ...(stageOutputSpecs(SYNC_STAGE) as Record<never, never>),
  },
  parse: parsePromoteInputs,
  run: async (inputs, runtime) => (await import('./run.js')).runPromote(inputs, runtime),
};
