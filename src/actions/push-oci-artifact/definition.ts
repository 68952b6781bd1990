import type { ActionDefinition } from '../../core/action-spec.js';
import { DEFAULT_IGNORE_PATHS_INPUT, parsePushOciArtifactInputs, type PushOciArtifactInputs } from './inputs.js';

export type PushOciArtifactOutput = 'digest' | 'url' | 'repository' | 'tags' | 'info' | 'changed';

export const definition: ActionDefinition<PushOciArtifactInputs, PushOciArtifactOutput> = {
  name: 'push-oci-artifact',
  description:
    'Pack a directory (or one file) of Kubernetes manifests as a Flux OCI artifact, exactly in the format ' +
    '`flux push artifact` builds, and push it for a Flux OCIRepository, without the flux binary.',
  inputs: {
    url: { description: 'Where to push: oci://<registry>/<repository>[:<tag>] (tag "latest" when absent).', required: true },
    path: {
      description:
        'Directory (or single file) to pack; a relative path starts at the workspace. - reads the manifests from stdin (as flux push artifact -f -). Required but in mode tag.',
    },
    mode: {
      description:
        'push; diff: compare the tree with what the url\'s tag holds and set changed, pushing nothing (as flux diff artifact); ' +
        'tag: point the tags input at the manifest the url\'s tag names, packing nothing (as flux tag artifact).',
      default: 'push',
    },
    source: { description: 'The org.opencontainers.image.source annotation. Default: the repository URL of this pipeline.' },
    revision: { description: 'The org.opencontainers.image.revision annotation. Default: <branch or tag>@sha1:<commit SHA>.' },
    annotations: { description: 'More manifest annotations, one key=value per line; they override the built-in ones.', multiple: true },
    'ignore-paths': {
      description:
        'Files to leave out, gitignore patterns separated by commas or newlines, matched as Flux matches them (go-git rules, ' +
        'Go filepath.Match: [^a] negates a class). Giving it replaces the default (Flux\'s).',
      default: DEFAULT_IGNORE_PATHS_INPUT,
      multiple: true,
    },
    'add-ignore-paths': {
      description: 'More patterns to leave out, added to ignore-paths (or to its default), as flux push artifact --add-ignore-paths.',
      multiple: true,
    },
    output: { description: 'Format of the info output, as flux push artifact --output: json or yaml.', default: 'json' },
    timeout: { description: 'Longest time for the whole push, e.g. 5m, 300s (flux\'s --timeout); it bounds every registry request.', default: '5m' },
    'resolve-symlinks': {
      description: 'Pack what symlinks point to when the target is inside the tree (as flux push artifact --resolve-symlinks); others are skipped with a warning, as every symlink is by default.',
      default: 'false',
    },
    reproducible: {
      description: 'Set the created time to the Unix epoch, so the same files and inputs always give the same digest.',
      default: 'false',
    },
    tags: { description: 'More tags for the same manifest, separated by commas or newlines.', multiple: true },
    username: {
      description:
        'Registry user name (with password). Default: HARBOR_USERNAME for HARBOR_HOST, CI_REGISTRY_USER for CI_REGISTRY, ' +
        'then the docker-config file or a docker/podman login, then github-token for ghcr.io.',
    },
    password: {
      description: 'Registry password or token. Without username: for ghcr.io the user name is the actor; elsewhere it is sent as a bearer token.',
      secret: true,
    },
    'github-token': { description: 'Token for ghcr.io when no other login is given (GHCR takes it with any user name).', default: '${{ github.token }}', secret: true },
    provider: {
      description:
        'generic (the logins above), aws (ECR: GetAuthorizationToken with the AWS_* keys), azure (ACR: a token of the AZURE_* service principal, exchanged at the registry) or gcp (GCR/Artifact Registry: GOOGLE_OAUTH_ACCESS_TOKEN or the metadata server), as flux push artifact --provider.',
      default: 'generic',
    },
    'docker-config': {
      description: 'A registry auth file (docker config.json, podman auth.json) or the directory holding config.json: read instead of the default ones, and it must hold the registry.',
    },
    insecure: { description: 'Skip TLS verification, and use plain HTTP when the registry has no TLS.', default: 'false' },
    'ca-file': { description: 'PEM file of a CA to trust for the registry, besides the system\'s.' },
  },
  outputs: {
    digest: { description: 'The manifest digest, sha256:…' },
    url: { description: 'The artifact by digest: <registry>/<repository>@sha256:…' },
    repository: { description: 'The repository: <registry>/<repository>.' },
    tags: { description: 'The tags now pointing at the digest, comma separated.' },
    changed: { description: 'true when a tag moved (push, tag), or when the tree differs from what the tag holds (diff).' },
    info: { description: 'The artifact as flux push artifact --output prints it, in the output format: url (oci://…@sha256:…), repository, tag, digest.' },
  },
  parse: parsePushOciArtifactInputs,
  async run(inputs, runtime) {
    const { runPushOciArtifact } = await import('./run.js');
    return runPushOciArtifact(inputs, runtime);
  },
};
