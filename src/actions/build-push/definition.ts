import type { ActionDefinition } from '../../core/action-spec.js';
import { parseBuildPushInputs, type BuildPushInputs } from './inputs.js';

export type BuildPushOutput = 'digest' | 'image' | 'tags' | 'imageid' | 'metadata' | 'skipped';

export const definition: ActionDefinition<BuildPushInputs, BuildPushOutput> = {
  name: 'build-push',
  description:
    'Build a container image with buildx, buildah or kaniko, tag it from the commit (metadata-action rules), add OCI labels, ' +
    'push it with retries (or skip the build when the commit is already in the registry) and output the digest to pin.',
  inputs: {
    image: { description: 'Repository to push to, without a tag: ghcr.io/org/app, harbor.example.com/team/app.', required: true },
    context: { description: 'Build context directory; a relative path starts at the workspace, any other path is allowed.', default: '.' },
    file: { description: 'Dockerfile path; a relative path starts at the workspace (default: <context>/Dockerfile).' },
    tags: {
      description:
        'Tag rules, one per line, in docker/metadata-action syntax: type=sha[,format=long], type=ref,event=branch|tag|pr, ' +
        'type=semver,pattern={{version}}, type=raw,value=stable, each with optional enable=, priority=, prefix=, suffix=. ' +
        'Default: the full commit SHA and sha-<7>.',
      multiple: true,
    },
    flavor: { description: 'latest=auto|true|false, prefix=…[,onlatest=true], suffix=…[,onlatest=true], one per line.', multiple: true },
    labels: { description: 'Labels, one key=value per line; they override the default org.opencontainers.image.* labels.', multiple: true },
    'build-args': { description: 'Build arguments, one KEY=value per line (not for secrets: they stay in the image history).', multiple: true },
    secrets: {
      description: 'Build secrets, one id=value per line, mounted with RUN --mount=type=secret,id=…; never in the image or the logs.',
      secret: true,
      multiple: true,
    },
    target: { description: 'Build stage to stop at.' },
    platforms: { description: 'Target platforms, comma or newline separated (several need builder docker).', multiple: true },
    'cache-from': { description: 'Cache sources, one per line (buildx syntax; buildah and kaniko take type=registry,ref=REPO).', multiple: true },
    'cache-to': { description: 'Cache destinations, one per line (buildx syntax; buildah and kaniko take type=registry,ref=REPO).', multiple: true },
    push: { description: 'Push the image; false only builds it.', default: 'true' },
    builder: { description: 'auto (buildx when a Docker daemon answers, else buildah, else kaniko), docker, buildah or kaniko.', default: 'auto' },
    registry: { description: "Registry to log in to and push to (default: the image's registry, or HARBOR_HOST for an image without one)." },
    username: { description: 'Registry user name (default: HARBOR_USERNAME for HARBOR_HOST, or CI_REGISTRY_USER for CI_REGISTRY: each only for its own host).' },
    password: {
      description: 'Registry password or token (default: HARBOR_PASSWORD, or CI_REGISTRY_PASSWORD). For ghcr.io a token alone will do: the user name is then the actor.',
      secret: true,
    },
    'github-token': {
      description: 'Token for a ghcr.io image when no other login is given (neither the inputs nor a docker login): GHCR takes it with any user name.',
      default: '${{ github.token }}',
      secret: true,
    },
    provider: {
      description:
        'generic (the logins above), aws (ECR: GetAuthorizationToken with the AWS_* keys), azure (ACR: a token of the AZURE_* service principal, exchanged at the registry) or gcp (GCR/Artifact Registry: GOOGLE_OAUTH_ACCESS_TOKEN or the metadata server).',
      default: 'generic',
    },
    'skip-existing': {
      description: "Skip the build when the commit's SHA tag is already in the registry; the other tags are pointed at the existing manifest by a registry-side copy.",
      default: 'false',
    },
    'ca-file': {
      description:
        "PEM file of a CA to trust for the registry, besides the system's (an internal Harbor with a private CA), so TLS stays verified. " +
        'With builder docker the CA must also be trusted by the Docker daemon / BuildKit, which pushes the image itself.',
    },
    insecure: { description: 'Do not verify the registry\'s TLS certificate, and allow plain HTTP.', default: 'false' },
  },
  outputs: {
    digest: { description: 'Manifest digest in the registry (sha256:…).' },
    image: { description: 'The pushed image pinned by digest, registry/repository@sha256:…, what bump-manifest writes.' },
    tags: { description: 'The pushed references, registry/repository:tag, one per line.' },
    imageid: { description: 'Image ID (config digest): from the builder, or from the registry when the build was skipped.' },
    metadata: { description: 'JSON: image, digest, tags, labels, builder, skipped and the builder\'s own metadata.' },
    skipped: { description: 'true when the build was skipped because the commit\'s image already existed.' },
  },
  parse: parseBuildPushInputs,
  run: async (inputs, runtime) => (await import('./run.js')).runBuildPush(inputs, runtime),
};
