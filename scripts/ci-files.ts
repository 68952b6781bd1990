// Writes the GitLab CI/CD components (templates/<action>.yml) and the Tekton Tasks
// (examples/tekton/tasks/<action>.yaml) from the action definitions, so neither can drift from
// action.yml: test/gitlab/components.test.ts and test/tekton/tasks.test.ts compare every file
// with what this renders. Run `npm run ci-files` after changing an action's inputs or outputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { actions } from '../src/actions/index.js';
import type { AnyActionDefinition, InputSpec } from '../src/core/action-spec.js';
import { VERSION } from '../src/version.js';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** Where the release publishes the images (containers/publish.sh). */
export const IMAGE_REPOSITORY = 'ghcr.io/org/gitops-actions';
const imageFor = (action: AnyActionDefinition) => `${IMAGE_REPOSITORY}${action.name === 'build-push' ? '-builder' : ''}:${VERSION}`;

/**
 * Component inputs that place the job rather than feed the action. No action input may take one
 * of these names (the contract tests check it), so every other spec input is an action input.
 */
export const COMPONENT_JOB_INPUTS = ['job-name', 'job-stage', 'job-image', 'dotenv-prefix'] as const;

const STAGES: Record<string, string> = { 'build-push': 'build', 'push-oci-artifact': 'build' };

/**
 * Outputs whose size has no bound, with why; the flows' are their stages' under the stage's
 * prefix, and their record. Kept out of Tekton results, which share about 4 KB per step (the
 * container's termination message): what stays is bounded (digests, references, status words, a
 * URL, build-push's tags, one line per tag rule). The CLI still writes these files; Tekton's
 * entrypoint reads only the declared results. The flows' GitLab dotenv reports leave them out too.
 */
const UNBOUNDED_OUTPUTS: Record<string, Record<string, string>> = {
  'build-push': { metadata: 'JSON holding every label and the builder\'s metadata: unbounded' },
  'bump-manifest': { files: 'one line per changed file: as long as the repository' },
  'argocd-sync': { applications: 'one JSON object per application, with its problems: unbounded' },
  promote: {
    record: 'the JSON deployment record: several references and links',
    referrers: 'one digest per signature or attestation copied',
    'config-files': 'one line per changed file: as long as the repository',
    'argocd-applications': 'one JSON object per application, with its problems: unbounded',
  },
  ship: {
    record: 'the JSON deployment record: several references and links',
    'build-metadata': 'JSON holding every label and the builder\'s metadata: unbounded',
    'config-files': 'one line per changed file: as long as the repository',
    'argocd-applications': 'one JSON object per application, with its problems: unbounded',
  },
};

export const TEKTON_LEFT_OUT = UNBOUNDED_OUTPUTS;

/**
 * GitLab rejects a whole dotenv report of more than 20 variables or 5 KB (the default plan limits
 * dotenv_variables and dotenv_size of a self-managed instance, doc/administration/instance_limits.md
 * in gitlab-org/gitlab), and then no later job gets any of its variables. The flows have more
 * outputs than that: they leave out their unbounded ones, which stay in the summary artifact, then
 * those that repeat another output. The CLI drops them with --dotenv-omit.
 */
export const GITLAB_DOTENV_VARIABLES = 20;
export const GITLAB_LEFT_OUT: Record<string, Record<string, string>> = {
  promote: UNBOUNDED_OUTPUTS.promote ?? {},
  ship: {
    ...UNBOUNDED_OUTPUTS.ship,
    'build-digest': 'DIGEST holds it',
    'build-image': 'IMAGE holds it',
    'config-commit': 'COMMIT holds it',
    'argocd-sync-status': 'SYNC_STATUS holds it',
    'argocd-health-status': 'HEALTH_STATUS holds it',
  },
};

const isBoolean = (spec: InputSpec) => spec.default === 'true' || spec.default === 'false';
const envName = (input: string) => `INPUT_${input.replace(/-/g, '_').toUpperCase()}`;
const firstSentence = (text: string) => text.split('\n')[0];
const dotenvName = (output: string) => output.replace(/-/g, '_').toUpperCase();

/**
 * One catalog component per action. Strings reach the CLI as INPUT_ variables (GitLab expands a
 * `$VAR` in them at run time, so `password: $HARBOR_PASSWORD` stays a masked variable, and a
 * multi-line value survives); booleans as `--name=value`, since a variable must be a string.
 * Required inputs have no default, so GitLab refuses an include that omits one.
 */
export function renderComponent(action: AnyActionDefinition): string {
  const inputs: Record<string, object> = {
    'job-name': { description: 'Name of the job this component adds; include the component once per name.', type: 'string', default: action.name },
    'job-stage': { description: 'Stage of the job.', type: 'string', default: STAGES[action.name] ?? 'deploy' },
    'job-image': { description: 'The gitops-actions image the job runs in.', type: 'string', default: imageFor(action) },
    'dotenv-prefix': {
      description: 'Put before every output variable name (BUILD_ gives BUILD_DIGEST), so two jobs\' outputs do not collide.',
      type: 'string',
      default: '',
    },
  };
  for (const [name, spec] of Object.entries(action.inputs)) {
    const entry: Record<string, unknown> = { description: firstSentence(spec.description), type: isBoolean(spec) ? 'boolean' : 'string' };
    if (!spec.required) entry.default = isBoolean(spec) ? spec.default === 'true' : (spec.default ?? '');
    inputs[name] = entry;
  }
  const variables: Record<string, string> = {};
  const flags: string[] = [];
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (isBoolean(spec)) flags.push(`--${name}=$[[ inputs.${name} ]]`);
    else variables[envName(name)] = `$[[ inputs.${name} ]]`;
  }
  const files = 'gitops-$[[ inputs.job-name ]]';
  const leftOut = GITLAB_LEFT_OUT[action.name] ?? {};
  const job = {
    stage: '$[[ inputs.job-stage ]]',
    // The image's entrypoint is the CLI; GitLab needs a shell there.
    image: { name: '$[[ inputs.job-image ]]', entrypoint: [''] },
    variables,
    script: [
      [
        `gitops-actions ${action.name}`,
        ...flags,
        `--dotenv ${files}.env`,
        '--dotenv-prefix "$[[ inputs.dotenv-prefix ]]"',
        ...(Object.keys(leftOut).length > 0 ? [`--dotenv-omit ${Object.keys(leftOut).join(',')}`] : []),
        `--summary ${files}.md`,
      ].join(' '),
    ],
    artifacts: { when: 'always', paths: [`${files}.md`], reports: { dotenv: `${files}.env` } },
  };
  const header = [
    `# GitLab CI/CD component: ${action.name}. ${firstSentence(action.description)}`,
    '# Generated by scripts/ci-files.ts from the action definition; do not edit.',
    '# Outputs: a dotenv report (later jobs read them as variables, after dotenv-prefix):',
    ...Object.entries(action.outputs)
      .filter(([name]) => !(name in leftOut))
      .map(([name, spec]) => `#   ${dotenvName(name)}: ${firstSentence(spec.description)}`),
    ...(Object.keys(leftOut).length > 0
      ? [
          `# Left out of the report, as GitLab takes at most ${GITLAB_DOTENV_VARIABLES} variables and 5 KB by default:`,
          ...Object.entries(leftOut).map(([name, why]) => `#   ${dotenvName(name)} (${why})`),
        ]
      : []),
    '# The markdown summary is kept as gitops-<job-name>.md.',
  ];
  return `${header.join('\n')}\n${stringify({ spec: { inputs } }, { lineWidth: 0 })}---\n${stringify({ '$[[ inputs.job-name ]]': job }, { lineWidth: 0 })}`;
}

/** The Secret holding a Task's secret inputs, one key per input name. */
export const SECRET_NAME_PARAM = 'secret-name';

/** One Task per action, in the Tekton catalog's layout. */
export function renderTask(action: AnyActionDefinition): string {
  const leftOut = TEKTON_LEFT_OUT[action.name] ?? {};
  const plainInputs = Object.entries(action.inputs).filter(([, spec]) => !spec.secret);
  const secretInputs = Object.entries(action.inputs).filter(([, spec]) => spec.secret);
  const params: object[] = plainInputs.map(([name, spec]) => ({
    name,
    type: 'string',
    description: spec.description,
    ...(spec.required ? {} : { default: spec.default ?? '' }),
  }));
  if (secretInputs.length > 0) {
    params.push({
      name: SECRET_NAME_PARAM,
      type: 'string',
      description: `Secret holding ${secretInputs.map(([name]) => name).join(', ')} (a key each, each optional), read into the step's environment, never a param.`,
      default: `gitops-actions-${action.name}`,
    });
  }
  const results = Object.entries(action.outputs)
    .filter(([name]) => !(name in leftOut))
    .map(([name, spec]) => ({ name, type: 'string', description: spec.description }));
  const env: object[] = [
    ...plainInputs.map(([name]) => ({ name: envName(name), value: `$(params.${name})` })),
    ...secretInputs.map(([name]) => ({
      name: envName(name),
      valueFrom: { secretKeyRef: { name: `$(params.${SECRET_NAME_PARAM})`, key: name, optional: true } },
    })),
  ];
  const firstResult = results[0] as { name: string } | undefined;
  const resultsDir = firstResult ? ` --results-dir "$(dirname "$(results.${firstResult.name}.path)")"` : '';
  const omitted = Object.entries(leftOut).map(([name, why]) => `${name} (${why})`);
  const task = {
    apiVersion: 'tekton.dev/v1',
    kind: 'Task',
    metadata: {
      name: `gitops-${action.name}`,
      labels: { 'app.kubernetes.io/version': VERSION },
      annotations: {
        'tekton.dev/pipelines.minVersion': '0.50.0',
        'tekton.dev/categories': action.name === 'build-push' ? 'Image Build' : 'Deployment',
        'tekton.dev/tags': `gitops, ${action.name}`,
        'tekton.dev/displayName': `gitops-actions ${action.name}`,
        'tekton.dev/platforms': 'linux/amd64',
      },
    },
    spec: {
      description: [
        firstSentence(action.description),
        `Params are the action's inputs (as its action.yml); results are its outputs${omitted.length ? `, except ${omitted.join('; ')}, which stay in the log and the summary` : ''}.`,
      ].join('\n'),
      workspaces: [{ name: 'source', description: 'The checked-out sources; relative paths in params are read from here.' }],
      params,
      results,
      steps: [
        {
          name: action.name,
          image: imageFor(action),
          workingDir: '$(workspaces.source.path)',
          env,
          // Params reach the CLI as INPUT_ variables, never spliced into the script's text.
          script: `#!/bin/sh\nset -eu\nexec gitops-actions ${action.name}${resultsDir}\n`,
          ...(action.name === 'build-push' ? { securityContext: { privileged: true } } : {}),
        },
      ],
    },
  };
  return `# Generated by scripts/ci-files.ts from the action definition; do not edit.\n${stringify(task, { lineWidth: 0 })}`;
}

export const componentPath = (action: AnyActionDefinition) => path.join(ROOT, 'templates', `${action.name}.yml`);
export const taskPath = (action: AnyActionDefinition) => path.join(ROOT, 'examples', 'tekton', 'tasks', `${action.name}.yaml`);

if (process.argv[1] === import.meta.filename) {
  for (const action of actions) {
    for (const [file, text] of [
      [componentPath(action), renderComponent(action)],
      [taskPath(action), renderTask(action)],
    ] as const) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(path.relative(ROOT, file));
    }
  }
}
