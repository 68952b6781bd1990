export const id = 696;
export const ids = [696];
export const modules = {

/***/ 13696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runShip: () => (/* binding */ runShip)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/actions/ship/record.ts
function deploymentRecord(parts) {
    const { context } = parts;
    const links = {};
    if (context.repositoryUrl && context.sha)
        links.commit = `${context.repositoryUrl}/commit/${context.sha}`;
    if (context.runUrl)
        links.run = context.runUrl;
    const record = { links };
    if (parts.environment)
        record.environment = parts.environment;
    if (context.sha)
        record.commit = context.sha;
    if (parts.image)
        record.image = parts.image;
    if (parts.digest)
        record.digest = parts.digest;
    if (parts.promotedFrom)
        record.promotedFrom = parts.promotedFrom;
    if (parts.tags?.length)
        record.tags = parts.tags;
    if (parts.bump) {
        const { outputs, repository } = parts.bump;
        const web = repository ? webUrl(repository) : undefined;
        record.config = {
            ...(repository ? { repository } : {}),
            branch: outputs.branch,
            commit: outputs.commit,
            changed: outputs.changed === 'true',
            ...(outputs['pull-request-url'] ? { pullRequest: outputs['pull-request-url'] } : {}),
        };
        if (web && outputs.commit)
            links.config = `${web}/commit/${outputs.commit}`;
        if (outputs['pull-request-url'])
            links.pullRequest = outputs['pull-request-url'];
    }
    if (parts.argocd) {
        const { outputs, server, applications } = parts.argocd;
        record.argocd = { applications: [...applications], revision: outputs.revision, sync: outputs['sync-status'], health: outputs['health-status'] };
        const base = server.href.replace(/\/$/, '');
        for (const application of applications) {
            const [namespace, name] = application.includes('/') ? application.split('/') : [undefined, application];
            links[`argocd:${application}`] = `${base}/applications/${namespace ? `${namespace}/` : ''}${name}`;
        }
    }
    return record;
}
/** The record as the step summary shows it: one table, links last. */
function renderRecord(record) {
    const rows = [
        ['Environment', record.environment],
        ['Commit', record.commit && code(record.commit)],
        ['Image', record.image && code(record.image)],
        ['Promoted from', record.promotedFrom && code(record.promotedFrom)],
        ['Tags', record.tags?.map(code).join(', ')],
        ['Config commit', record.config?.commit && `${code(record.config.commit)}${record.config.branch ? ` on ${code(record.config.branch)}` : ''}${record.config.changed === false ? ' (already there)' : ''}`],
        ['Pull request', record.config?.pullRequest],
        ['Argo CD', record.argocd && `${record.argocd.sync ?? '?'} / ${record.argocd.health ?? '?'}${record.argocd.revision ? ` at ${code(record.argocd.revision)}` : ''}`],
        ...Object.entries(record.links).map(([name, url]) => [`Link: ${name}`, url]),
    ];
    return [
        '### Deployment record',
        '',
        '| | |',
        '|---|---|',
        ...rows.filter((row) => Boolean(row[1])).map(([name, value]) => `| ${name} | ${value.replace(/\|/g, '\\|')} |`),
        '',
    ].join('\n');
}
/** https://host/org/config(.git) -> https://host/org/config; other URLs (ssh) have no web page we can name. */
function webUrl(repository) {
    if (!/^https?:\/\//.test(repository))
        return undefined;
    return repository.replace(/\.git$/, '').replace(/\/$/, '');
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}

// EXTERNAL MODULE: ./src/actions/ship/stage.ts
var stage = __webpack_require__(4404);
// EXTERNAL MODULE: ./src/actions/ship/stages.ts + 13 modules
var stages = __webpack_require__(235);
;// CONCATENATED MODULE: ./src/actions/ship/run.ts




/**
 * Runs the stages switched on, in order, each as its own action would run. The first that fails
 * stops the flow; what the stages before it produced is still handed on, with the record so far.
 */
async function runShip(inputs, runtime) {
    const context = runtime.ci;
    const progress = new stage/* FlowProgress */.MY();
    let bumpInputs;
    let failure;
    try {
        if (inputs.build !== undefined)
            failure = (await progress.run(stages/* BUILD */.Bv, inputs.build, runtime)).failure;
        if (!failure && inputs.artifact !== undefined)
            failure = (await progress.run(stages/* ARTIFACT */.tX, inputs.artifact, runtime)).failure;
        if (!failure && inputs.bump) {
            bumpInputs = inputs.bump(progress.outputs['build-image'] ?? '');
            failure = (await progress.run(stages/* BUMP */.HT, bumpInputs, runtime)).failure;
        }
        if (!failure && inputs.sync)
            failure = (await progress.run(stages/* SYNC */.a9, inputs.sync, runtime)).failure;
    }
    catch (error) {
        // Nothing ran yet, or the user's mistake: reported as such. Otherwise the stages done stay reported.
        if ((0,errors/* isConfigurationError */.p0)(error) || progress.summaries.length === 0)
            throw error;
        failure = error.message;
    }
    const built = (0,stage/* stageOutputs */.Tp)(progress.outputs, stages/* BUILD */.Bv);
    const record = deploymentRecord({
        context,
        environment: inputs.environment,
        image: built.image,
        digest: built.digest ?? progress.outputs['artifact-digest'],
        bump: bumpInputs && progress.outputs['config-commit'] !== undefined ? { outputs: (0,stage/* stageOutputs */.Tp)(progress.outputs, stages/* BUMP */.HT), repository: bumpInputs.repository } : undefined,
        argocd: inputs.sync && progress.outputs['argocd-sync-status'] !== undefined
            ? { outputs: (0,stage/* stageOutputs */.Tp)(progress.outputs, stages/* SYNC */.a9), server: inputs.sync.server, applications: inputs.sync.applications }
            : undefined,
    });
    const outputs = {
        ...progress.outputs,
        digest: record.digest ?? '',
        image: built.image ?? '',
        commit: progress.outputs['config-commit'] ?? '',
        'sync-status': progress.outputs['argocd-sync-status'] ?? '',
        'health-status': progress.outputs['argocd-health-status'] ?? '',
        record: JSON.stringify(record),
    };
    const summary = [renderRecord(record), ...progress.summaries].join('\n');
    return { outputs: outputs, summary, ...(failure === undefined ? {} : { failure }) };
}


/***/ })

};
