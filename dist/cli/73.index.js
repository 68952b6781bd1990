export const id = 73;
export const ids = [73];
export const modules = {

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


/***/ })

};
