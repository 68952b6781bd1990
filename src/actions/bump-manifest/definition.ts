import type { ActionDefinition } from '../../core/action-spec.js';
import { DEFAULT_COMMIT_MESSAGE } from '../../core/git/commit-message.js';
import { DEFAULT_TOKEN_USERNAME } from '../../core/git/auth.js';
import { parseBumpManifestInputs, type BumpManifestInputs } from './inputs.js';

export type BumpManifestOutput = 'changed' | 'commit' | 'files' | 'branch' | 'pull-request-url' | 'pull-request-number';

export const definition: ActionDefinition<BumpManifestInputs, BumpManifestOutput> = {
  name: 'bump-manifest',
  description:
    'Write a new image reference (or promote one from another environment) into Kustomize, Kubernetes, Helm values, ' +
    'Argo CD Application, Compose or JSON files of a GitOps repository, editing only the bytes that change, then commit ' +
    'and push it (retrying when other pipelines push at the same time) or open a pull request.',
  inputs: {
    image: {
      description:
        'Image updates, one per line: build-push\'s "image" output (ghcr.io/org/app@sha256:…), image:tag, ' +
        'image@digest, or name=newName:tag@digest. With "from", image names only.',
      multiple: true,
    },
    files: {
      description:
        'Files or globs to edit, one per line, relative to the repository root (or to "path" for a checkout); a glob selects YAML and JSON files only. Required: ' +
        'a repository-wide default would bump every environment at once.',
      required: true,
      multiple: true,
    },
    kind: {
      description: 'auto (detect each file), or one or more of kustomization, kubernetes, helm-values, argocd-application, compose, json.',
      default: 'auto',
      multiple: true,
    },
    'helm-repository-key': { description: 'Key path of the image repository in Helm values.', default: 'image.repository' },
    'helm-tag-key': { description: 'Key path of the image tag in Helm values.', default: 'image.tag' },
    'helm-digest-key': { description: 'Key path of the image digest in Helm values (default: a "digest" key next to the tag, when present).' },
    'helm-mode': {
      description: 'What to write into Helm values: auto (what the update carries), tag, digest, or tag-digest.',
      default: 'auto',
    },
    set: { description: 'Plain values to set in the target files, one key.path=value per line.', multiple: true },
    from: { description: 'Promotion: read the current references of the "image" names from this file and write them into "files".' },
    'allow-no-match': { description: 'Succeed when no target file references an image (otherwise an error).', default: 'false' },
    'dry-run': { description: 'Compute and report the diff; write, commit and push nothing.', default: 'false' },
    path: { description: 'Directory of an existing checkout to edit and push from (ignored with "repository").', default: '.' },
    repository: { description: 'URL of a separate config repository to clone shallowly (https://host/org/config.git).' },
    branch: {
      description: 'Branch to update (the pull request base in pull-request mode). Default: the checkout\'s branch, or the remote\'s default.',
    },
    token: { description: 'Token to push with (sent as an HTTP header, never stored) and for the pull-request API.', secret: true },
    'token-username': { description: 'User name sent with the token: x-access-token (GitHub), oauth2 (GitLab), …', default: DEFAULT_TOKEN_USERNAME },
    'author-name': { description: 'Commit author and committer name.', default: 'gitops-actions[bot]' },
    'author-email': { description: 'Commit author and committer e-mail.', default: 'gitops-actions[bot]@users.noreply.github.com' },
    message: {
      description: 'Commit message template; {image}, {tag}, {digest}, {ref} (tag@digest) and {files} are replaced.',
      default: DEFAULT_COMMIT_MESSAGE,
    },
    mode: { description: 'push (to "branch"), or pull-request (push a dedicated branch and open or update a pull request).', default: 'push' },
    'pull-request-branch': {
      description: 'Branch for pull-request mode. Default: gitops-actions/bump/<branch>/<hash of the images and files>, stable across versions.',
    },
    'pull-request-title': { description: 'Pull request title. Default: the commit message\'s first line.' },
    'pull-request-body': { description: 'Pull request body. Default: the changes, as in the step summary.' },
    'pull-request-labels': { description: 'Labels to add to the pull request (comma or newline separated).', multiple: true },
    'push-retries': { description: 'How many times to fetch, re-apply and push again when the branch moved meanwhile.', default: '10' },
    provider: {
      description:
        'Who hosts the repository, for pull-request mode: github, gitlab (merge requests) or gitea. Default auto: told from the ' +
        'repository URL (github.com, gitlab.com, codeberg.org, the CI server\'s own host, or a host named gitlab/gitea/forgejo).',
      default: 'auto',
    },
    'api-url': {
      description:
        'REST API base URL for pull-request mode; the token is sent there and nowhere else. Default: https://api.github.com ' +
        '(GITHUB_API_URL on GitHub), <host>/api/v3 for GitHub Enterprise, <host>/api/v4 for GitLab (CI_API_V4_URL), <host>/api/v1 for Gitea.',
    },
  },
  outputs: {
    changed: { description: 'true when a commit was pushed (in dry-run: when one would be).' },
    commit: { description: 'SHA of the commit that holds the update on the pushed branch (ours, or the tip that already had it); empty in dry-run.' },
    files: { description: 'Changed files, one per line, relative to the repository root.' },
    branch: { description: 'The branch pushed: "branch", or the pull request branch.' },
    'pull-request-url': { description: 'URL of the opened or updated pull request (pull-request mode).' },
    'pull-request-number': { description: 'Number of the opened or updated pull request (pull-request mode).' },
  },
  parse: parseBumpManifestInputs,
  async run(inputs, runtime) {
    const { runBumpManifest } = await import('./run.js');
    return runBumpManifest(inputs, runtime);
  },
};
