export const id = 328;
export const ids = [328,144,73];
export const modules = {

/***/ 328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBumpManifest: () => (/* binding */ runBumpManifest)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/git/commit-message.ts
var commit_message = __webpack_require__(3725);
// EXTERNAL MODULE: ./src/core/backoff.ts
var backoff = __webpack_require__(3915);
;// CONCATENATED MODULE: ./src/core/git/publish.ts


const PUSH_BACKOFF = { baseDelayMs: 500, maxDelayMs: 8_000 };
/**
 * Commit and push with bounded retries. On a non-fast-forward (or a lost ref-lock race on the
 * server) it never merges or rebases: it fetches the new tip, moves to it and re-applies the
 * edit, which cannot conflict. Each retry waits a full-jitter exponential backoff so concurrent
 * pipelines spread out instead of colliding again in lockstep.
 */
async function commitAndPush(options) {
    const { repository, io } = options;
    const wait = options.sleep ?? backoff/* sleep */.y;
    const random = options.random ?? Math.random;
    const target = options.pushBranch ?? options.branch;
    const attempts = options.retries + 1;
    for (let attempt = 1;; attempt++) {
        const change = await options.applyChange();
        const changed = await repository.changedPaths(change.paths);
        if (changed.length === 0) {
            const commit = await repository.head();
            io.info(attempt === 1
                ? `Nothing to change: branch "${options.branch}" already holds the update (${commit.slice(0, 12)})`
                : `Another pipeline already pushed the same update to "${options.branch}" (${commit.slice(0, 12)}); nothing to commit`);
            return { changed: false, commit, paths: [], attempts: attempt };
        }
        const commit = await repository.commit(changed, change.message, options.author);
        const outcome = await repository.push(target, { force: options.pushBranch !== undefined });
        if (outcome.kind === 'pushed') {
            io.info(`Pushed ${commit.slice(0, 12)} to "${target}" of ${repository.remote.display}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
            return { changed: true, commit, paths: changed, attempts: attempt };
        }
        if (outcome.kind === 'answer-lost') {
            // A push can land and lose its answer (a proxy cut, a server restart): the branch says which.
            const tip = await repository.fetchBranch(target).catch(() => undefined);
            if (tip === commit) {
                io.warning(`The answer to the push was lost (${outcome.reason}), but "${target}" of ${repository.remote.display} holds ${commit.slice(0, 12)}: it landed`);
                return { changed: true, commit, paths: changed, attempts: attempt };
            }
            if (tip === undefined || attempt >= attempts)
                throw outcome.failure;
            io.warning(`The push to "${target}" failed on the way (${outcome.reason}) and did not land; trying again`);
        }
        if (outcome.kind === 'remote-moved' && attempt >= attempts) {
            throw new errors/* ActionFailure */.dR(`branch "${target}" of ${repository.remote.display} kept moving: gave up after ${attempts} push attempts ` +
                `(last: ${outcome.reason}); raise "push-retries" or serialise the pipelines that write to it`);
        }
        const delay = (0,backoff/* backoffDelay */.E)(attempt, PUSH_BACKOFF, 'full', random);
        if (outcome.kind === 'remote-moved')
            io.info(`Branch "${target}" moved while pushing (${outcome.reason}); re-applying on the new tip in ${delay} ms`);
        await wait(delay);
        const tip = await repository.fetchBranch(options.branch);
        // Not `reset --hard`: in a user's checkout that would also throw away their unrelated
        // uncommitted changes. Our own paths are committed, so they switch cleanly; git refuses
        // (and we report) only if a local change is in a file the new tip changed.
        await repository.detachAt(tip);
    }
}

// EXTERNAL MODULE: ./src/core/git/runner.ts
var runner = __webpack_require__(5144);
// EXTERNAL MODULE: ./src/core/config-edit/index.ts + 18 modules
var config_edit = __webpack_require__(1898);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/pull-request.ts


/** Opens the pull request, or refreshes the title and body of the one already open for `head`. */
async function openOrUpdatePullRequest(api, request, io) {
    const { slug, head, base, title, body } = request;
    const existing = await api.findOpen(slug, head, base);
    let pullRequest;
    if (existing) {
        pullRequest = await api.update(slug, existing.number, { title, body });
        io.info(`Updated ${api.noun ?? 'pull request'} ${pullRequest.url}`);
    }
    else {
        pullRequest = await api.create(slug, { head, base, title, body });
        io.info(`Opened ${api.noun ?? 'pull request'} ${pullRequest.url}`);
    }
    if (request.labels.length)
        await api.addLabels(slug, pullRequest.number, request.labels);
    return { ...pullRequest, created: !existing };
}
/**
 * The same bump (same images, same files, same target branch) always uses the same branch, so a
 * newer build force-updates the open pull request instead of opening one more. Versions are left
 * out of the hash on purpose: they are what changes between runs.
 */
function pullRequestBranchName(targetBranch, subject) {
    const key = JSON.stringify({
        images: [...new Set(subject.images)].sort(),
        files: [...new Set(subject.files)].sort(),
        set: [...new Set(subject.setPaths ?? [])].sort(),
    });
    const hash = (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 12);
    return `gitops-actions/bump/${targetBranch}/${hash}`;
}
/** `owner/repo` from a remote URL (`https://host/owner/repo.git`, `git@host:owner/repo.git`). */
function repositorySlugFromUrl(remoteUrl) {
    const scp = /^[\w.-]+@[^:/]+:(.+)$/.exec(remoteUrl);
    let pathname;
    if (scp) {
        pathname = scp[1];
    }
    else {
        try {
            pathname = new URL(remoteUrl).pathname;
        }
        catch {
            return undefined;
        }
    }
    const parts = pathname.replace(/\.git\/?$/, '').split('/').filter(Boolean);
    if (parts.length < 2)
        return undefined;
    return slugOf(parts);
}
/** `owner/repo` (or GitLab's `group/subgroup/project`) as an input or CI variable gives it. */
function parseRepositorySlug(text, inputName) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || !parts.every((part) => /^[A-Za-z0-9_.-]+$/.test(part))) {
        throw new errors/* ConfigurationError */.j1(`expected owner/name, got "${text}"`, inputName);
    }
    return slugOf(parts);
}
function slugOf(parts) {
    return { owner: parts[parts.length - 2], repo: parts[parts.length - 1], path: parts.join('/') };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/actions/bump-manifest/summary.ts

/** Lines of context around each change: enough to see which image entry it is. */
const CONTEXT_LINES = 2;
const HEADLINES = {
    pushed: 'pushed',
    unchanged: 'already up to date',
    'dry-run': 'dry run, nothing written',
    'pull-request': 'pull request',
};
/** The step summary: what was asked, where it went, and the exact lines changed. */
function renderSummary(report) {
    const rows = [['Repository', `${code(report.repository)} branch ${code(report.branch)}`]];
    if (report.pushedBranch && report.pushedBranch !== report.branch)
        rows.push(['Pushed branch', code(report.pushedBranch)]);
    if (report.commit)
        rows.push(['Commit', code(report.commit)]);
    if (report.pullRequest) {
        rows.push(['Pull request', `[#${report.pullRequest.number}](${report.pullRequest.url}) (${report.pullRequest.created ? 'opened' : 'updated'})`]);
    }
    if (report.attempts && report.attempts > 1)
        rows.push(['Push attempts', String(report.attempts)]);
    const lines = [
        `### bump-manifest: ${HEADLINES[report.outcome]}`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([name, value]) => `| ${name} | ${value} |`),
        '',
        ...report.requested.map((item) => `- ${escapeMarkdown(item)}`),
    ];
    if (report.unmatched.length) {
        lines.push('', `No file references: ${report.unmatched.map(code).join(', ')}`);
    }
    lines.push('', renderChanges(report.files));
    return `${lines.join('\n')}\n`;
}
/** One fenced unified diff per file: also the default pull request body. */
function renderChanges(files) {
    if (files.length === 0)
        return '_No file changed._';
    const sections = [];
    for (const file of files) {
        const patch = (0,create/* structuredPatch */.YB)(file.path, file.path, file.before, file.after, '', '', { context: CONTEXT_LINES });
        const body = patch.hunks
            .flatMap((hunk) => [`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines])
            .join('\n');
        const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
        sections.push(`#### ${code(file.path)}\n\n${fence}diff\n${body}\n${fence}`);
    }
    return sections.join('\n\n');
}
function longestBacktickRun(text) {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
/** Inline code that survives backticks and pipes in the value (a table cell must stay one cell). */
function code(text) {
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
    return `${fence}${padded.replace(/\|/g, '\\|').replace(/\n/g, ' ')}${fence}`;
}
function escapeMarkdown(text) {
    return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

// EXTERNAL MODULE: ./src/actions/bump-manifest/providers.ts
var providers = __webpack_require__(5600);
// EXTERNAL MODULE: ./src/actions/bump-manifest/workspace.ts + 2 modules
var bump_manifest_workspace = __webpack_require__(2073);
;// CONCATENATED MODULE: ./src/actions/bump-manifest/run.ts










async function runBumpManifest(inputs, runtime, deps = {}) {
    const { io, env, ci: context } = runtime;
    const workspace = await (0,bump_manifest_workspace.openWorkspace)(inputs, io, deps.git ?? (0,runner.createGitRunner)({ baseEnv: env }), env, runtime.tempDir);
    try {
        return await bump(inputs, io, context, workspace, env);
    }
    finally {
        await workspace.cleanup();
    }
}
async function bump(inputs, io, context, workspace, env) {
    const { repository, root, branch } = workspace;
    const toRepositoryPath = (file) => external_node_path_default().relative(repository.dir, external_node_path_default().join(root, file)).split((external_node_path_default()).sep).join('/');
    const planRound = async () => {
        const updates = inputs.from
            ? await (0,config_edit.readImagesFrom)(root, inputs.from, inputs.updates.map((update) => update.image))
            : inputs.updates;
        const request = { root, files: inputs.files, updates, kinds: inputs.kinds, helm: inputs.helm, set: inputs.set };
        const plan = await (0,config_edit.planEdits)(request);
        for (const file of plan.skipped)
            io.warning(`Skipped ${file.reason} (it names none of the requested images)`);
        if (plan.unmatched.length) {
            const which = plan.unmatched.join(', ');
            if (!inputs.allowNoMatch) {
                // Image references never contain a space; `set` paths are reported as "key <path>".
                const input = plan.unmatched.every((entry) => entry.startsWith('key ')) ? 'set' : 'image';
                throw new errors/* ConfigurationError */.j1(`no file matching ${inputs.files.join(', ')} references ${which} (set allow-no-match to accept this)`, input);
            }
            io.warning(`No file matching ${inputs.files.join(', ')} references ${which}`);
        }
        const files = plan.edits.map((edit) => ({ path: toRepositoryPath(edit.path), before: edit.before, after: edit.after }));
        return { updates, plan, files };
    };
    const requested = (updates) => [
        ...updates.map((update) => `${update.image} → ${referenceText(update)}`),
        ...inputs.set.map((entry) => `${entry.path} = ${entry.value}`),
    ];
    if (inputs.dryRun) {
        const round = await planRound();
        for (const file of round.files)
            io.info(`Would change ${file.path}`);
        const report = {
            outcome: 'dry-run',
            repository: repository.remote.display,
            branch,
            requested: requested(round.updates),
            files: round.files,
            unmatched: round.plan.unmatched,
        };
        return {
            outputs: outputs({ changed: round.files.length > 0, commit: '', files: round.files, branch }),
            summary: renderSummary(report),
        };
    }
    let last;
    const applyChange = async () => {
        const round = await planRound();
        await (0,config_edit.applyEdits)(root, round.plan.edits);
        last = round;
        const paths = round.files.map((file) => file.path);
        return { paths, message: (0,commit_message/* renderCommitMessage */.jq)(inputs.message, { updates: round.updates, set: inputs.set, files: paths }) };
    };
    const pullRequestMode = inputs.mode === 'pull-request';
    const pushBranch = pullRequestMode
        ? (inputs.pullRequest.branch ??
            pullRequestBranchName(branch, {
                images: inputs.updates.map((update) => update.image),
                files: inputs.files,
                setPaths: inputs.set.map((entry) => entry.path),
            }))
        : undefined;
    // A token the API refuses must fail the run before anything is pushed, not after.
    const pullRequests = pullRequestMode ? await pullRequestClient(inputs, context, repository.remote, env) : undefined;
    if (pullRequests) {
        await pullRequests.api.findOpen(pullRequests.slug, pushBranch, branch);
        if (inputs.pullRequest.labels.length)
            await pullRequests.api.checkLabels?.(pullRequests.slug, inputs.pullRequest.labels);
    }
    const published = await commitAndPush({
        repository,
        branch,
        pushBranch,
        author: inputs.author,
        retries: pullRequestMode ? 0 : inputs.pushRetries,
        applyChange,
        io,
    });
    const round = last;
    const changedFiles = round.files.filter((file) => published.paths.includes(file.path));
    const report = {
        outcome: published.changed ? (pullRequestMode ? 'pull-request' : 'pushed') : 'unchanged',
        repository: repository.remote.display,
        branch,
        pushedBranch: published.changed ? pushBranch : undefined,
        commit: published.commit,
        requested: requested(round.updates),
        files: changedFiles,
        unmatched: round.plan.unmatched,
        attempts: published.attempts,
    };
    if (pullRequests && published.changed) {
        const message = (0,commit_message/* renderCommitMessage */.jq)(inputs.message, { updates: round.updates, set: inputs.set, files: published.paths });
        report.pullRequest = await openOrUpdatePullRequest(pullRequests.api, {
            slug: pullRequests.slug,
            head: pushBranch,
            base: branch,
            title: inputs.pullRequest.title ?? message.split('\n')[0],
            body: inputs.pullRequest.body ?? `${requested(round.updates).map((line) => `- ${line}`).join('\n')}\n\n${renderChanges(changedFiles)}\n`,
            labels: inputs.pullRequest.labels,
        }, io);
    }
    return {
        outputs: outputs({
            changed: published.changed,
            commit: published.commit,
            files: changedFiles,
            branch: published.changed && pushBranch ? pushBranch : branch,
            pullRequest: report.pullRequest,
        }),
        summary: renderSummary(report),
    };
}
async function pullRequestClient(inputs, context, remote, env) {
    const provider = (0,providers/* chooseProvider */.Vm)(inputs.provider, remote, env);
    const slug = repositorySlugFromUrl(remote.url) ?? (context.repository ? parseRepositorySlug(context.repository, 'repository') : undefined);
    if (!slug)
        throw new errors/* ConfigurationError */.j1(`cannot tell the owner/name of ${remote.display} for the pull request`, 'repository');
    const apiUrl = inputs.apiUrl ?? (0,providers/* defaultApiUrl */.zq)(provider, remote, env);
    return { api: await (0,providers/* createPullRequestApi */.T1)(provider, inputs.token.reveal(), apiUrl, slug), slug };
}
function outputs(result) {
    return {
        changed: String(result.changed),
        commit: result.commit,
        files: result.files.map((file) => file.path).join('\n'),
        branch: result.branch,
        'pull-request-url': result.pullRequest?.url ?? '',
        'pull-request-number': result.pullRequest ? String(result.pullRequest.number) : '',
    };
}
/** `newName:tag@digest`, or just the parts given (`1.2`, `sha256:…`, `1.2@sha256:…`). */
function referenceText(update) {
    const version = [update.newTag, update.newDigest].filter(Boolean).join('@');
    if (!update.newName)
        return version || '(unchanged)';
    return `${update.newName}${update.newTag ? `:${update.newTag}` : ''}${update.newDigest ? `@${update.newDigest}` : ''}`;
}


/***/ }),

/***/ 2073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openWorkspace: () => (/* binding */ openWorkspace)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/git/auth.ts
var auth = __webpack_require__(476);
;// CONCATENATED MODULE: ./src/core/git/failures.ts

const AUTH_FAILURE = /Authentication failed|could not read (Username|Password)|terminal prompts disabled|HTTP Basic: Access denied|returned error: 40[13]|Invalid username or password|Write access to repository not granted|Permission to \S+ denied/i;
function isAuthenticationFailure(result) {
    return AUTH_FAILURE.test(result.stderr);
}
/** The last few meaningful lines of git's stderr: enough to act on, without a wall of progress. */
function gitMessage(result, maxLines = 6) {
    const lines = result.stderr
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter((line) => line && !/^(remote: )?(Counting|Compressing|Writing|Receiving|Resolving|Enumerating|Total)\b/.test(line))
        // A checkout we did not clone may have credentials in its remote URL; git quotes that URL.
        .map((line) => line.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1'));
    return lines.slice(-maxLines).join('\n') || `exit code ${result.code}`;
}
/** The one error for a failed git command: authentication is named as such, the rest quoted. */
function gitFailure(result, doing, remoteDisplay) {
    if (remoteDisplay && isAuthenticationFailure(result)) {
        return new errors/* ActionFailure */.dR(`authentication failed for ${remoteDisplay} while trying to ${doing}: check that the "token" input holds a ` +
            `valid token with write access to that repository (and "token-username" if the host is not GitHub)`);
    }
    return new errors/* ActionFailure */.dR(`git could not ${doing}${remoteDisplay ? ` (${remoteDisplay})` : ''}:\n${gitMessage(result)}`);
}

;// CONCATENATED MODULE: ./src/core/git/repository.ts


/** curl's and git's words for a connection that broke mid-request (no answer, or half of one). */
const ANSWER_LOST = /RPC failed[^\n]*|the remote end hung up unexpectedly|Empty reply from server|Connection reset by peer|unexpected disconnect[^\n]*|early EOF|was killed by SIG\w+/;
const REMOTE_MOVED = /\[rejected\].*\((fetch first|non-fast-forward)\)|\[remote rejected\].*\((cannot lock ref|failed to update ref|incorrect old value|.*but expected)/;
/**
 * One working tree and the remote it pushes to. Every command that talks to the remote gets the
 * auth environment; local ones do not need it. Paths are relative to the top-level directory.
 */
class GitRepository {
    dir;
    remote;
    remoteName;
    git;
    authEnv;
    constructor(
    /** The top-level directory of the working tree. */
    dir, remote, remoteName, git, authEnv) {
        this.dir = dir;
        this.remote = remote;
        this.remoteName = remoteName;
        this.git = git;
        this.authEnv = authEnv;
    }
    /** A shallow, single-branch clone of `branch` (or the remote's default branch). */
    static async clone(options) {
        const branchArgs = options.branch ? ['--branch', options.branch] : [];
        const args = ['clone', '--depth', '1', '--single-branch', '--no-tags', ...branchArgs, '--', options.remote.url, options.dir];
        const result = await options.git(args, { cwd: options.cwd, env: options.authEnv });
        if (result.code !== 0) {
            if (!isAuthenticationFailure(result) && options.branch && /Remote branch .* not found/i.test(result.stderr)) {
                throw new errors/* ConfigurationError */.j1(`branch "${options.branch}" does not exist in ${options.remote.display}`, 'branch');
            }
            throw gitFailure(result, 'clone the repository', options.remote.display);
        }
        return new GitRepository(options.dir, options.remote, 'origin', options.git, options.authEnv);
    }
    /** An existing checkout; `dir` may be any directory inside it. */
    static async open(options) {
        const top = await options.git(['rev-parse', '--show-toplevel'], { cwd: options.dir });
        if (top.code !== 0) {
            throw new errors/* ConfigurationError */.j1(`${options.dir} is not inside a git checkout (${gitMessage(top, 1)})`, 'path');
        }
        const remoteName = options.remoteName ?? 'origin';
        const topLevel = top.stdout.trim();
        const remoteUrl = await options.git(['remote', 'get-url', remoteName], { cwd: options.dir });
        if (remoteUrl.code !== 0) {
            if (options.remoteOptional) {
                return new GitRepository(topLevel, { url: topLevel, display: `${topLevel} (no "${remoteName}" remote)` }, remoteName, options.git, {});
            }
            throw new errors/* ConfigurationError */.j1(`the checkout at ${options.dir} has no "${remoteName}" remote to push to`, 'path');
        }
        const { remote, env } = options.auth(remoteUrl.stdout.trim());
        return new GitRepository(topLevel, remote, remoteName, options.git, env);
    }
    async currentBranch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async head() {
        return (await this.run(['rev-parse', 'HEAD'])).stdout.trim();
    }
    /** Paths (relative to the top level) among `paths` whose content differs from HEAD. */
    async changedPaths(paths) {
        if (paths.length === 0)
            return [];
        const result = await this.run(['diff', '--name-only', '-z', 'HEAD', '--', ...paths.map(literalPath)]);
        return result.stdout.split('\0').filter(Boolean);
    }
    /** Commits exactly `paths` (whatever else is staged or modified stays out); returns the SHA. */
    async commit(paths, message, author) {
        const specs = paths.map(literalPath);
        await this.run(['add', '--', ...specs]);
        const identity = {
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: author.name,
            GIT_COMMITTER_EMAIL: author.email,
        };
        await this.run(['commit', '--quiet', '--no-edit', '--cleanup=whitespace', '-F', '-', '--', ...specs], {
            env: identity,
            input: message,
        });
        return this.head();
    }
    /** Pushes HEAD to `branch`; a moved remote is an outcome, every other refusal an error. */
    async push(branch, options = {}) {
        const refspec = `${options.force ? '+' : ''}HEAD:refs/heads/${branch}`;
        const result = await this.run(['push', '--porcelain', this.remoteName, refspec], { remote: true, allowFailure: true });
        if (result.code === 0)
            return { kind: 'pushed' };
        const text = `${result.stdout}\n${result.stderr}`;
        const moved = REMOTE_MOVED.exec(text);
        if (moved && !isAuthenticationFailure(result))
            return { kind: 'remote-moved', reason: moved[0] };
        const rejection = /\[remote rejected\][^\n]*|\[rejected\][^\n]*/.exec(text)?.[0];
        if (rejection && !isAuthenticationFailure(result)) {
            const hint = /protected|hook declined/i.test(rejection)
                ? '; if the branch is protected, use mode: pull-request'
                : '';
            throw new errors/* ActionFailure */.dR(`the push to branch "${branch}" of ${this.remote.display} was refused: ${rejection}${hint}`);
        }
        const failure = gitFailure(result, `push to branch "${branch}"`, this.remote.display);
        const lost = isAuthenticationFailure(result) ? undefined : ANSWER_LOST.exec(text)?.[0];
        if (lost)
            return { kind: 'answer-lost', reason: lost, failure };
        throw failure;
    }
    /** Fetches the remote tip of `branch` (shallowly when this clone is shallow) and returns its SHA. */
    async fetchBranch(branch) {
        const shallow = (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        const tracking = `refs/remotes/${this.remoteName}/${branch}`;
        await this.run(['fetch', '--quiet', '--no-tags', ...(shallow ? ['--depth', '1'] : []), this.remoteName, `+refs/heads/${branch}:${tracking}`], { remote: true, doing: `fetch branch "${branch}"` });
        return (await this.run(['rev-parse', tracking])).stdout.trim();
    }
    /** Whether `ancestor` is `descendant` or one of its ancestors. */
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
        if (result.code > 1)
            throw gitFailure(result, 'compare two commits');
        return result.code === 0;
    }
    /**
     * Switches to local branch `name`, first moving it to `commit` when given (`checkout -B`);
     * uncommitted changes in other files come along, as with any checkout.
     */
    async switchToBranch(name, commit) {
        const args = commit ? ['checkout', '--quiet', '-B', name, commit] : ['checkout', '--quiet', name];
        await this.run(args, { doing: `switch back to branch "${name}"` });
    }
    /**
     * Moves to `commit` without touching any local branch (used to start from the remote tip, and
     * over again after it moved); git refuses (and we report) when that would overwrite uncommitted changes.
     */
    async detachAt(commit) {
        await this.run(['checkout', '--quiet', '--detach', commit], { doing: `check out ${commit.slice(0, 12)}` });
    }
    async run(args, options = {}) {
        const env = options.remote ? { ...this.authEnv, ...options.env } : options.env;
        const result = await this.git(args, { cwd: this.dir, env, input: options.input });
        if (result.code !== 0 && !options.allowFailure) {
            throw gitFailure(result, options.doing ?? `run "git ${args[0]}"`, options.remote ? this.remote.display : undefined);
        }
        return result;
    }
}
/** A path git must take literally: a file named `*.yaml` is not a glob. */
function literalPath(path) {
    return `:(literal)${path}`;
}

// EXTERNAL MODULE: ./src/core/cleanup.ts
var core_cleanup = __webpack_require__(3639);
;// CONCATENATED MODULE: ./src/actions/bump-manifest/workspace.ts






/**
 * The working tree to edit: a fresh shallow clone of `repository`, or the checkout at `path`.
 * Either way the edit starts from the remote tip of the branch: a checkout that is behind, or on
 * a detached commit the branch never had, must not push that history along with the bump.
 */
async function openWorkspace(inputs, io, git, env, tempDir) {
    const credentials = inputs.token ? { token: inputs.token.reveal(), username: inputs.tokenUsername } : undefined;
    if (inputs.repository) {
        const remote = (0,auth/* parseRepositoryUrl */.fn)(inputs.repository, 'repository');
        const parent = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'bump-manifest-'));
        // Registered for a cancelled run too, which unwinds no `finally`.
        const forget = core_cleanup/* processCleanups */.h.add(() => (0,promises_.rm)(parent, { recursive: true, force: true, maxRetries: 3 }));
        const cleanup = async () => {
            await (0,promises_.rm)(parent, { recursive: true, force: true, maxRetries: 3 });
            forget();
        };
        try {
            const dir = external_node_path_default().join(parent, 'repository');
            const authEnv = (0,auth/* gitAuthEnvironment */.U)(remote, credentials, io, env);
            const repository = await io.group(`Clone ${remote.display}`, () => GitRepository.clone({ remote, branch: inputs.branch, dir, git, authEnv, cwd: parent }));
            const branch = inputs.branch ?? (await repository.currentBranch());
            if (!branch)
                throw new errors/* ConfigurationError */.j1(`${remote.display} has no default branch; give one`, 'branch');
            return { repository, root: await (0,promises_.realpath)(dir), branch, cleanup };
        }
        catch (error) {
            await cleanup();
            throw error;
        }
    }
    const dir = inputs.path;
    const repository = await GitRepository.open({
        dir,
        git,
        // A dry run reads the files as they are: a local preview needs no remote to push to.
        remoteOptional: inputs.dryRun,
        auth: (remoteUrl) => {
            const remote = (0,auth/* describeRemote */.kW)(remoteUrl);
            return { remote, env: (0,auth/* gitAuthEnvironment */.U)(remote, credentials, io, env) };
        },
    });
    const branch = inputs.branch ?? (await repository.currentBranch());
    // A dry run changes nothing, the checkout's HEAD included: it shows the diff against the files
    // as they are, so it needs neither a remote nor a branch (CI checkouts are often detached).
    if (inputs.dryRun)
        return { repository, root: await (0,promises_.realpath)(dir), branch: branch ?? 'HEAD', cleanup: async () => { } };
    if (!branch) {
        throw new errors/* ConfigurationError */.j1(`the checkout at ${dir} is on a detached HEAD: name the branch to push to`, 'branch');
    }
    const localBranch = await repository.currentBranch();
    const start = await repository.head();
    const tip = await repository.fetchBranch(branch);
    if (start !== tip) {
        io.info(`Starting from the tip of "${branch}" (${tip.slice(0, 12)}), not the checked-out commit`);
        await repository.detachAt(tip);
    }
    // Only the branch that was pushed to may move forward; any other stays where it was.
    const pushesBranch = inputs.mode === 'push' && localBranch === branch;
    return { repository, root: await (0,promises_.realpath)(dir), branch, cleanup: () => returnToBranch(repository, localBranch, start, pushesBranch, io) };
}
/**
 * Puts a checkout that was on a branch back on it: the edit ran on a detached HEAD (the remote
 * tip, then our commit). In push mode a branch that was behind moves forward to what was pushed,
 * as a pull would; a branch with commits of its own stays where it was, and says so. In
 * pull-request mode the bump lives on its own branch, and the local branch stays where it was.
 */
async function returnToBranch(repository, localBranch, start, pushesBranch, io) {
    if (!localBranch || (await repository.currentBranch()) === localBranch)
        return;
    const end = await repository.head();
    if (pushesBranch && (await repository.isAncestor(start, end))) {
        await repository.switchToBranch(localBranch, end);
        return;
    }
    await repository.switchToBranch(localBranch);
    if (pushesBranch) {
        io.info(`Branch "${localBranch}" has local commits the remote does not; it stays as it was (the update is ${end.slice(0, 12)} on the remote)`);
    }
}


/***/ }),

/***/ 3915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The wait before retry number `attempt` (1 for the first retry): an exponential bound capped by
 * the policy, randomised so parallel jobs do not retry in step. `equal` jitter waits at least half
 * the bound (a registry or API that is briefly down); `full` jitter spreads from zero (writers
 * racing for one git branch, where spreading out matters more than waiting).
 */
function backoffDelay(attempt, policy, jitter = 'equal', random = Math.random) {
    const bound = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(jitter === 'full' ? random() * bound : bound / 2 + (random() * bound) / 2);
}


/***/ }),

/***/ 5144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NON_INTERACTIVE_ENV: () => (/* binding */ NON_INTERACTIVE_ENV),
/* harmony export */   createGitRunner: () => (/* binding */ createGitRunner)
/* harmony export */ });
/* harmony import */ var _http_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9388);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9978);


/**
 * What every git command we run needs whatever the runner's own settings: no prompt that would
 * hang a CI job, and English messages because rejections are recognised by their text.
 */
const NON_INTERACTIVE_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    // Empty, not unset: git skips an empty askpass program, so a helper left on the runner
    // cannot be asked for (or invent) credentials we did not give.
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    LC_ALL: 'C',
    LANGUAGE: 'C',
};
/** The real `git` binary on PATH (or `gitBinary`), with a bounded run time. */
function createGitRunner(options = {}) {
    const binary = options.gitBinary ?? 'git';
    const baseEnv = options.baseEnv ?? process.env;
    const timeoutMs = options.timeoutMs ?? 300_000;
    return async (args, runOptions) => {
        let result;
        try {
            result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)({
                program: binary,
                args,
                cwd: runOptions.cwd,
                env: { ...baseEnv, ...(0,_http_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .curlProxyEnv */ .g)(baseEnv), ...NON_INTERACTIVE_ENV, ...runOptions.env },
                input: runOptions.input,
                timeoutMs,
            });
        }
        catch (error) {
            if (error instanceof _process_js__WEBPACK_IMPORTED_MODULE_1__/* .ProgramNotFoundError */ .oo)
                throw new Error(`git was not found (looked for "${binary}" on PATH); install git on the runner`, { cause: error });
            throw error;
        }
        const killed = result.signal ? `git ${args[0] ?? ''} was killed by ${result.signal} (time limit ${timeoutMs} ms)\n` : '';
        return { code: result.code, stdout: result.stdout, stderr: killed + result.stderr };
    };
}


/***/ }),

/***/ 9388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ proxySettings),
/* harmony export */   g: () => (/* binding */ curlProxyEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

function first(env, lower, upper) {
    for (const name of [lower, upper]) {
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}
/** Validates a proxy variable; a value without a scheme means `http://`, as curl reads it. */
function proxyUrl(found) {
    if (!found)
        return undefined;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(found.value) ? found.value : `http://${found.value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        // The value may hold proxy credentials: name the variable, never print it.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the environment variable ${found.name} is not a valid proxy URL: expected http://host:port.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the environment variable ${found.name} names a ${url.protocol.slice(0, -1)} proxy: only http:// and https:// proxies are supported.`);
    }
    return url.href;
}
function proxySettings(env = process.env) {
    const noProxy = first(env, 'no_proxy', 'NO_PROXY')?.value;
    return {
        http: proxyUrl(first(env, 'http_proxy', 'HTTP_PROXY')),
        https: proxyUrl(first(env, 'https_proxy', 'HTTPS_PROXY')),
        ...(noProxy ? { noProxy } : {}),
    };
}
/**
 * git reaches HTTP remotes through libcurl, which ignores an upper-case `HTTP_PROXY` (a CGI
 * safeguard). The toolkit honours it, so we hand git the lower-case copies it reads; a variable
 * already set in lower case wins, as it does for our own requests.
 */
function curlProxyEnv(env) {
    const added = {};
    for (const [lower, upper] of [['http_proxy', 'HTTP_PROXY'], ['https_proxy', 'HTTPS_PROXY'], ['no_proxy', 'NO_PROXY']]) {
        const value = env[upper];
        if (!env[lower] && value)
            added[lower] = value;
    }
    return added;
}


/***/ }),

/***/ 9978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   oo: () => (/* binding */ ProgramNotFoundError)
/* harmony export */ });
/* unused harmony exports withoutActionInputs, ProcessCancelledError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3639);


/** The program is not installed (or not on PATH). */
class ProgramNotFoundError extends Error {
    program;
    name = 'ProgramNotFoundError';
    constructor(program) {
        super(`"${program}" was not found on this machine`);
        this.program = program;
    }
}
/** After SIGTERM, how long a cancelled group gets to exit before SIGKILL. */
const STOP_GRACE_MS = 3_000;
/** After the program exits, how long its leftover children may hold its output pipes open. */
const ORPHAN_GRACE_MS = 5_000;
/**
 * Runs one program to completion within a time limit and never throws for a non-zero exit:
 * callers decide what a failure means (a rejected push is an outcome, not an exception).
 * Rejects only when the program cannot be started.
 *
 * The program leads its own process group, and the group is what gets stopped (at the time
 * limit, on `signal`, on cancellation of the whole run): `git clone` leaves `git-remote-http`
 * children holding the pipes, `buildah` its RUN steps; killing the program alone left them
 * running and this promise pending for ever.
 */
function runProcess(request) {
    return new Promise((resolve, reject) => {
        if (request.signal?.aborted) {
            reject(cancelled(request));
            return;
        }
        const env = withoutActionInputs(request.env ?? process.env);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(request.program, [...request.args], { cwd: request.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        const stdout = [];
        const stderr = [];
        const streams = request.onLine ? [lineSplitter(request.onLine), lineSplitter(request.onLine)] : undefined;
        child.stdout.on('data', (chunk) => (streams ? streams[0].push(chunk) : stdout.push(chunk)));
        child.stderr.on('data', (chunk) => (streams ? streams[1].push(chunk) : stderr.push(chunk)));
        let timedOut = false;
        let exited = false;
        const timers = [];
        const group = child.pid;
        const stop = () => {
            if (group === undefined)
                return Promise.resolve();
            if (exited) {
                killGroup(group, 'SIGKILL');
                return Promise.resolve();
            }
            killGroup(group, 'SIGTERM');
            return new Promise((done) => {
                const force = setTimeout(() => {
                    killGroup(group, 'SIGKILL');
                    done();
                }, STOP_GRACE_MS);
                child.once('exit', () => {
                    clearTimeout(force);
                    // What the program left behind in its group goes with it.
                    killGroup(group, 'SIGKILL');
                    done();
                });
            });
        };
        const unregister = _cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .processCleanups */ .h.add(stop);
        const onAbort = () => void stop();
        request.signal?.addEventListener('abort', onAbort, { once: true });
        const finish = () => {
            for (const timer of timers)
                clearTimeout(timer);
            unregister();
            request.signal?.removeEventListener('abort', onAbort);
        };
        timers.push(setTimeout(() => {
            timedOut = true;
            if (group !== undefined)
                killGroup(group, 'SIGKILL');
        }, request.timeoutMs));
        child.once('exit', () => {
            exited = true;
            // Orphans that keep stdout/stderr open would hold 'close' back for ever.
            if (group !== undefined)
                timers.push(setTimeout(() => killGroup(group, 'SIGKILL'), ORPHAN_GRACE_MS));
        });
        child.once('error', (error) => {
            finish();
            reject(error.code === 'ENOENT' ? new ProgramNotFoundError(request.program) : error);
        });
        child.once('close', (code, signal) => {
            finish();
            for (const stream of streams ?? [])
                stream.end();
            if (request.signal?.aborted) {
                reject(cancelled(request));
                return;
            }
            resolve({
                code: code ?? 128,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
                ...(signal ? { signal } : {}),
            });
        });
        // A program that exits without reading its input must not crash us with EPIPE.
        child.stdin.on('error', () => { });
        child.stdin.end(request.input ?? '');
    });
}
/**
 * The environment without the action's inputs. On GitHub and in the CLI the inputs, secrets
 * included (`INPUT_TOKEN`, `INPUT_PASSWORD`), are environment variables of this process; git, its
 * hooks and credential helpers, buildah and whatever they start have no use for them, and a child
 * that dumps its environment would show them unmasked. Credentials a child needs are given to it
 * on purpose, in its own variables or files.
 */
function withoutActionInputs(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)));
}
/** The run was cancelled while (or before) the program ran: not a failure of the program. */
class ProcessCancelledError extends Error {
    name = 'ProcessCancelledError';
}
function cancelled(request) {
    return new ProcessCancelledError(`${request.program} was stopped: the run was cancelled`);
}
/** Signals every process of a group; a group already gone is what we wanted. */
function killGroup(group, signal) {
    try {
        process.kill(-group, signal);
    }
    catch {
        // ESRCH: nothing left in the group.
    }
}
/** Progress bars rewrite a line with \r: keep only its final state. */
function lineSplitter(emit) {
    let pending = '';
    const flush = (line) => {
        const visible = line.split('\r').filter(Boolean).pop() ?? '';
        if (visible.trim())
            emit(visible.trimEnd());
    };
    return {
        push: (chunk) => {
            pending += chunk.toString('utf8');
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines)
                flush(line);
        },
        end: () => {
            if (pending)
                flush(pending);
            pending = '';
        },
    };
}


/***/ })

};
