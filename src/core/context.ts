import { readFileSync } from 'node:fs';

/**
 * What the pipeline tells us about the commit being built, read in one place from GitHub's,
 * GitLab's or generic variables (Tekton tasks map their params onto the generic ones).
 */
export interface CiContext {
  provider: 'github' | 'gitlab' | 'generic';
  /** Full commit SHA. */
  sha?: string;
  /** Full ref when known, e.g. refs/heads/main, refs/tags/v1.2.0, refs/pull/7/merge. */
  ref?: string;
  refType?: 'branch' | 'tag' | 'pull-request';
  /** Branch name: the pushed branch, or a pull request's source branch. */
  branch?: string;
  tag?: string;
  pullRequest?: number;
  defaultBranch?: string;
  /** Web URL of the repository, e.g. https://github.com/org/app. */
  repositoryUrl?: string;
  /** `owner/name` on GitHub, the project path on GitLab. */
  repository?: string;
  /** Web URL of this pipeline run. */
  runUrl?: string;
  eventName?: string;
  actor?: string;
  /** ISO 8601 commit time when the platform gives it. */
  commitTime?: string;
  /** GitHub's API base URL, for the pull-request calls. */
  apiUrl?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads a file the platform points at (GitHub's event payload); injectable for tests. */
export type FileReader = (path: string) => string;

export function readCiContext(env: Env, readFile: FileReader = (path) => readFileSync(path, 'utf8')): CiContext {
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_SHA) return readGithub(env, readFile);
  if (env.GITLAB_CI === 'true' || env.CI_COMMIT_SHA) return readGitlab(env);
  return readGeneric(env);
}

function readGithub(env: Env, readFile: FileReader): CiContext {
  const ref = present(env.GITHUB_REF);
  const server = present(env.GITHUB_SERVER_URL) ?? 'https://github.com';
  const repository = present(env.GITHUB_REPOSITORY);
  const pullRequest = ref ? pullRequestNumber(ref) : undefined;
  const fromRef = ref ? splitRef(ref) : {};
  const event = readGithubEvent(env, readFile);
  const context: CiContext = {
    provider: 'github',
    sha: present(env.GITHUB_SHA),
    ref,
    refType: pullRequest !== undefined ? 'pull-request' : fromRef.refType,
    branch: pullRequest !== undefined ? present(env.GITHUB_HEAD_REF) : fromRef.branch,
    tag: fromRef.tag,
    pullRequest,
    repository,
    repositoryUrl: repository ? `${server}/${repository}` : undefined,
    runUrl:
      repository && env.GITHUB_RUN_ID
        ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
        : undefined,
    eventName: present(env.GITHUB_EVENT_NAME),
    actor: present(env.GITHUB_ACTOR),
    apiUrl: present(env.GITHUB_API_URL) ?? 'https://api.github.com',
    defaultBranch: event.defaultBranch,
    commitTime: event.commitTime,
  };
  return prune(context);
}

function readGitlab(env: Env): CiContext {
  const mergeRequest = present(env.CI_MERGE_REQUEST_IID);
  const tag = present(env.CI_COMMIT_TAG);
  const branch = present(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ?? present(env.CI_COMMIT_BRANCH);
  const refName = present(env.CI_COMMIT_REF_NAME);
  const refType = mergeRequest ? 'pull-request' : tag ? 'tag' : branch || refName ? 'branch' : undefined;
  const context: CiContext = {
    provider: 'gitlab',
    sha: present(env.CI_COMMIT_SHA),
    ref: tag ? `refs/tags/${tag}` : mergeRequest ? `refs/merge-requests/${mergeRequest}/head` : refName ? `refs/heads/${branch ?? refName}` : undefined,
    refType,
    branch: tag ? undefined : (branch ?? refName),
    tag,
    pullRequest: mergeRequest ? Number(mergeRequest) : undefined,
    defaultBranch: present(env.CI_DEFAULT_BRANCH),
    repository: present(env.CI_PROJECT_PATH),
    repositoryUrl: present(env.CI_PROJECT_URL),
    runUrl: present(env.CI_PIPELINE_URL) ?? present(env.CI_JOB_URL),
    eventName: present(env.CI_PIPELINE_SOURCE),
    actor: present(env.GITLAB_USER_LOGIN),
    commitTime: present(env.CI_COMMIT_TIMESTAMP),
  };
  return prune(context);
}

/** Generic names a Tekton task (or Jenkins, or a shell) sets from its params. */
function readGeneric(env: Env): CiContext {
  const ref = present(env.GIT_REF);
  const fromRef = ref ? splitRef(ref) : {};
  const tag = present(env.GIT_TAG) ?? fromRef.tag;
  const branch = present(env.GIT_BRANCH) ?? fromRef.branch;
  const context: CiContext = {
    provider: 'generic',
    sha: present(env.GIT_COMMIT) ?? present(env.GIT_COMMIT_SHA),
    ref: ref ?? (tag ? `refs/tags/${tag}` : branch ? `refs/heads/${branch}` : undefined),
    refType: tag ? 'tag' : branch ? 'branch' : undefined,
    branch: tag ? undefined : branch,
    tag,
    repositoryUrl: present(env.GIT_URL) ? webUrl(env.GIT_URL!) : undefined,
    runUrl: present(env.PIPELINE_RUN_URL),
    commitTime: present(env.GIT_COMMIT_TIME),
  };
  return prune(context);
}

/** GitHub gives the default branch and the commit time only in the event payload (push events for the latter). */
function readGithubEvent(env: Env, readFile: FileReader): { defaultBranch?: string; commitTime?: string } {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const event = JSON.parse(readFile(env.GITHUB_EVENT_PATH)) as { repository?: { default_branch?: unknown }; head_commit?: { timestamp?: unknown } };
    const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
    return { defaultBranch: text(event.repository?.default_branch), commitTime: text(event.head_commit?.timestamp) };
  } catch {
    return {};
  }
}

function splitRef(ref: string): { refType?: 'branch' | 'tag'; branch?: string; tag?: string } {
  if (ref.startsWith('refs/heads/')) return { refType: 'branch', branch: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { refType: 'tag', tag: ref.slice('refs/tags/'.length) };
  if (!ref.startsWith('refs/')) return { refType: 'branch', branch: ref };
  return {};
}

function pullRequestNumber(ref: string): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(ref);
  return match ? Number(match[1]) : undefined;
}

/** `git@host:org/app.git` and `https://host/org/app.git` both become `https://host/org/app`. */
export function webUrl(gitUrl: string): string {
  const scp = /^[\w.-]+@([^:/]+):(.+?)(?:\.git)?\/?$/.exec(gitUrl);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  return gitUrl.replace(/\.git\/?$/, '').replace(/\/\/[^@/]+@/, '//');
}

function present(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}

function prune(context: CiContext): CiContext {
  for (const key of Object.keys(context) as (keyof CiContext)[]) {
    if (context[key] === undefined) delete context[key];
  }
  return context;
}
