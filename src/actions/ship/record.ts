import type { CiContext } from '../../core/context.js';

/**
 * What one run of a flow put where: the source commit, the image digest, the config commit,
 * the environment, and what Argo CD reports for it. The `record` output is this, as JSON.
 */
export interface DeploymentRecord {
  environment?: string;
  /** The application commit the image was built from (the pipeline's commit). */
  commit?: string;
  /** The image pinned by digest: registry/repository@sha256:… */
  image?: string;
  digest?: string;
  /** For a promotion: where the digest came from. */
  promotedFrom?: string;
  tags?: string[];
  config?: { repository?: string; branch?: string; commit?: string; changed?: boolean; pullRequest?: string };
  argocd?: { applications?: string[]; revision?: string; sync?: string; health?: string };
  links: Record<string, string>;
}

export interface RecordParts {
  context: CiContext;
  environment?: string;
  image?: string;
  digest?: string;
  promotedFrom?: string;
  tags?: string[];
  /** bump-manifest's outputs, and the config repository URL it was given. */
  bump?: { outputs: Record<string, string | undefined>; repository?: string };
  /** argocd-sync's outputs, with the server and applications it was given. */
  argocd?: { outputs: Record<string, string | undefined>; server: URL; applications: readonly string[] };
}

export function deploymentRecord(parts: RecordParts): DeploymentRecord {
  const { context } = parts;
  const links: Record<string, string> = {};
  if (context.repositoryUrl && context.sha) links.commit = `${context.repositoryUrl}/commit/${context.sha}`;
  if (context.runUrl) links.run = context.runUrl;
  const record: DeploymentRecord = { links };
  if (parts.environment) record.environment = parts.environment;
  if (context.sha) record.commit = context.sha;
  if (parts.image) record.image = parts.image;
  if (parts.digest) record.digest = parts.digest;
  if (parts.promotedFrom) record.promotedFrom = parts.promotedFrom;
  if (parts.tags?.length) record.tags = parts.tags;
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
    if (web && outputs.commit) links.config = `${web}/commit/${outputs.commit}`;
    if (outputs['pull-request-url']) links.pullRequest = outputs['pull-request-url'];
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
export function renderRecord(record: DeploymentRecord): string {
  const rows: [string, string | undefined][] = [
    ['Environment', record.environment],
    ['Commit', record.commit && code(record.commit)],
    ['Image', record.image && code(record.image)],
    ['Promoted from', record.promotedFrom && code(record.promotedFrom)],
    ['Tags', record.tags?.map(code).join(', ')],
    ['Config commit', record.config?.commit && `${code(record.config.commit)}${record.config.branch ? ` on ${code(record.config.branch)}` : ''}${record.config.changed === false ? ' (already there)' : ''}`],
    ['Pull request', record.config?.pullRequest],
    ['Argo CD', record.argocd && `${record.argocd.sync ?? '?'} / ${record.argocd.health ?? '?'}${record.argocd.revision ? ` at ${code(record.argocd.revision)}` : ''}`],
    ...Object.entries(record.links).map(([name, url]): [string, string] => [`Link: ${name}`, url]),
  ];
  return [
    '### Deployment record',
    '',
    '| | |',
    '|---|---|',
    ...rows.filter((row): row is [string, string] => Boolean(row[1])).map(([name, value]) => `| ${name} | ${value.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');
}

/** https://host/org/config(.git) -> https://host/org/config; other URLs (ssh) have no web page we can name. */
function webUrl(repository: string): string | undefined {
  if (!/^https?:\/\//.test(repository)) return undefined;
  return repository.replace(/\.git$/, '').replace(/\/$/, '');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
