import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GrpcCode, GrpcError } from './errors.js';

/** Who a token belongs to and what it may do (a much reduced Argo CD RBAC: `get`/`sync` on applications). */
export interface TokenGrant {
  /** JWT `sub`: an account name, or `proj:PROJ:ROLE` for a project role token. */
  subject: string;
  /** Projects whose apps this token may `get` (default: all). */
  projects?: string[];
  /** May `sync` (and terminate) apps it can get (default true). */
  canSync?: boolean;
  /** Epoch ms after which the token is rejected as expired. */
  expiresAt?: number;
  groups?: string[];
}

export interface Session extends TokenGrant {
  token: string;
  issuedAt: number;
}

/** Issues HS256 JWTs (three dot-separated parts, as Argo CD requires of a bearer token) and checks them. */
export class TokenRegistry {
  private readonly key = randomBytes(32);
  private readonly sessions = new Map<string, Session>();

  issue(grant: TokenGrant, now = Date.now()): string {
    const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = {
      iss: 'argocd',
      sub: grant.subject,
      iat: Math.floor(now / 1000),
      nbf: Math.floor(now / 1000),
      jti: randomUUID(),
      ...(grant.expiresAt ? { exp: Math.floor(grant.expiresAt / 1000) } : {}),
    };
    const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
    const token = `${unsigned}.${createHmac('sha256', this.key).update(unsigned).digest('base64url')}`;
    this.sessions.set(token, { ...grant, token, issuedAt: now });
    return token;
  }

  /** Accepts a caller-chosen token string (it must look like a JWT: three dot-separated parts). */
  register(token: string, grant: TokenGrant, now = Date.now()): string {
    if (token.split('.').length !== 3) throw new Error('fake Argo CD: a bearer token must have 3 dot-separated parts (Argo CD ignores others)');
    this.sessions.set(token, { ...grant, token, issuedAt: now });
    return token;
  }

  /** Makes an existing token expire now (the next request with it gets the "token is expired" 401). */
  expire(token: string, now = Date.now()): void {
    const session = this.sessions.get(token);
    if (session) session.expiresAt = now - 1;
  }

  /** Resolves the request's token like Argo CD's `getToken`; undefined when no usable token was sent. */
  tokenOf(req: IncomingMessage): string | undefined {
    const metadata = req.headers['grpc-metadata-token'];
    if (typeof metadata === 'string' && metadata) return metadata;
    const auth = req.headers.authorization;
    // The prefix is case-sensitive and a token that is not a 3-part JWT is ignored, exactly like Argo CD.
    if (auth?.startsWith('Bearer ') && auth.slice(7).split('.').length === 3) return auth.slice(7);
    return cookieToken(req.headers.cookie);
  }

  /** The session for a request, or a 401 GrpcError worded like Argo CD's. */
  authenticate(req: IncomingMessage, now = Date.now()): Session {
    const token = this.tokenOf(req);
    if (!token) throw new GrpcError(GrpcCode.Unauthenticated, 'no session information');
    const session = this.sessions.get(token);
    if (!session) throw new GrpcError(GrpcCode.Unauthenticated, 'invalid session: token signature is invalid: signature is invalid');
    if (session.expiresAt !== undefined && session.expiresAt <= now) {
      throw new GrpcError(GrpcCode.Unauthenticated, 'invalid session: token has invalid claims: token is expired');
    }
    return session;
  }

  /** Like `authenticate` but anonymous (undefined) instead of 401: for version/userinfo. */
  tryAuthenticate(req: IncomingMessage, now = Date.now()): Session | undefined {
    try {
      return this.authenticate(req, now);
    } catch {
      return undefined;
    }
  }
}

/** `argocd.token=<jwt>` or the split form `argocd.token=<n>:<chunk>; argocd.token-1=<chunk>; ...`. */
function cookieToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const cookies = new Map(
    header.split(';').map((part) => {
      const i = part.indexOf('=');
      return [part.slice(0, i).trim(), part.slice(i + 1).trim()] as const;
    }),
  );
  const first = cookies.get('argocd.token');
  if (!first) return undefined;
  const split = /^(\d+):(.*)$/.exec(first);
  if (!split) return first;
  let token = split[2] ?? '';
  for (let i = 1; i < Number(split[1]); i++) token += cookies.get(`argocd.token-${i}`) ?? '';
  return token;
}
