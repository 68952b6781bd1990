import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A GitHub REST API fake answering exactly the pull-request calls bump-manifest makes, shaped
 * as the published API documents them:
 * - GET   /repos/{owner}/{repo}/pulls?head=owner:branch&base=&state=open  (List pull requests)
 * - POST  /repos/{owner}/{repo}/pulls                                     (Create a pull request)
 * - PATCH /repos/{owner}/{repo}/pulls/{pull_number}                       (Update a pull request)
 * - POST  /repos/{owner}/{repo}/issues/{issue_number}/labels              (Add labels to an issue)
 * Every request must carry `Authorization: token <token>` (or `Bearer`); anything else is a 401,
 * as on github.com. Unknown routes get 404 and are recorded, so a test can insist there were none.
 */
export interface FakePull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  labels: string[];
}

export interface FakeGithubRequest {
  method: string;
  path: string;
  status: number;
  authorization?: string;
}

export interface FakeGithubApi {
  url: string;
  pulls: FakePull[];
  requests: FakeGithubRequest[];
  /** Branches the fake believes exist, checked on create like GitHub does (422 otherwise). */
  branchExists: (owner: string, repo: string, branch: string) => Promise<boolean>;
  stop(): Promise<void>;
}

export async function startFakeGithubApi(options: {
  token: string;
  branchExists?: FakeGithubApi['branchExists'];
}): Promise<FakeGithubApi> {
  const pulls: FakePull[] = [];
  const requests: FakeGithubRequest[] = [];
  let nextNumber = 1;
  let baseUrl = '';
  const fake: FakeGithubApi = {
    url: '',
    pulls,
    requests,
    branchExists: options.branchExists ?? (async () => true),
    stop: async () => {},
  };

  // A handler that throws answers 500, as a real server would, instead of an unhandled rejection.
  const server = http.createServer((req, res) => void handle(req, res).catch(() => res.headersSent || res.writeHead(500).end()));
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const record: FakeGithubRequest = { method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, status: 0, authorization: req.headers.authorization };
    requests.push(record);
    const send = (status: number, body: unknown) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    const body = await readJson(req).catch(() => undefined);
    if (req.headers.authorization !== `token ${options.token}` && req.headers.authorization !== `Bearer ${options.token}`) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
    const route = /^\/repos\/([^/]+)\/([^/]+)\/(pulls|issues)(?:\/(\d+))?(\/labels)?$/.exec(url.pathname);
    if (!route) return send(404, { message: 'Not Found' });
    const [, owner, repo, collection, numberText, labels] = route;
    const number = numberText ? Number(numberText) : undefined;
    const toJson = (pull: FakePull) => ({
      url: `${baseUrl}/repos/${owner}/${repo}/pulls/${pull.number}`,
      html_url: `https://github.example/${owner}/${repo}/pull/${pull.number}`,
      number: pull.number,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      head: { ref: pull.head, label: `${owner}:${pull.head}` },
      base: { ref: pull.base, label: `${owner}:${pull.base}` },
      labels: pull.labels.map((name) => ({ name })),
    });

    if (collection === 'pulls' && number === undefined && req.method === 'GET') {
      const head = url.searchParams.get('head');
      const base = url.searchParams.get('base');
      const state = url.searchParams.get('state') ?? 'open';
      const found = pulls.filter(
        (pull) =>
          (state === 'all' || pull.state === state) &&
          (!head || `${owner}:${pull.head}` === head) &&
          (!base || pull.base === base),
      );
      return send(200, found.map(toJson));
    }
    if (collection === 'pulls' && number === undefined && req.method === 'POST') {
      const request = body as { title?: string; head?: string; base?: string; body?: string } | undefined;
      if (!request?.title || !request.head || !request.base) {
        return send(422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'missing_field' }] });
      }
      if (!(await fake.branchExists(owner, repo, request.head))) {
        return send(422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] });
      }
      if (pulls.some((pull) => pull.state === 'open' && pull.head === request.head && pull.base === request.base)) {
        return send(422, { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${owner}:${request.head}.` }] });
      }
      const pull: FakePull = { number: nextNumber++, title: request.title, body: request.body ?? '', head: request.head, base: request.base, state: 'open', labels: [] };
      pulls.push(pull);
      return send(201, toJson(pull));
    }
    const pull = pulls.find((candidate) => candidate.number === number);
    if (!pull) return send(404, { message: 'Not Found' });
    if (collection === 'pulls' && req.method === 'PATCH' && !labels) {
      const request = (body ?? {}) as { title?: string; body?: string; state?: 'open' | 'closed' };
      if (request.title !== undefined) pull.title = request.title;
      if (request.body !== undefined) pull.body = request.body;
      if (request.state !== undefined) pull.state = request.state;
      return send(200, toJson(pull));
    }
    if (collection === 'issues' && labels && req.method === 'POST') {
      const request = body as { labels?: string[] } | undefined;
      if (!Array.isArray(request?.labels)) return send(422, { message: 'Validation Failed' });
      for (const label of request.labels) if (!pull.labels.includes(label)) pull.labels.push(label);
      return send(200, pull.labels.map((name) => ({ name })));
    }
    return send(404, { message: 'Not Found' });
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.url = baseUrl;
  fake.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return fake;
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
