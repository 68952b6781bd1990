import type { ServerResponse } from 'node:http';

/** gRPC status codes Argo CD returns, and grpc-gateway v1's `HTTPStatusFromCode` mapping (reference §4). */
export const GrpcCode = {
  Canceled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  FailedPrecondition: 9,
  Aborted: 10,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  Unauthenticated: 16,
} as const;

const HTTP_STATUS: Record<number, number> = {
  1: 408, 2: 500, 3: 400, 4: 504, 5: 404, 6: 409, 7: 403, 9: 400, 10: 409, 12: 501, 13: 500, 14: 503, 16: 401,
};

export function httpStatusFromCode(code: number): number {
  return HTTP_STATUS[code] ?? 500;
}

/** A gRPC status error the fake's handlers throw; rendered like grpc-gateway's `DefaultHTTPError`. */
export class GrpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const permissionDenied = () => new GrpcError(GrpcCode.PermissionDenied, 'permission denied');
export const appNotFound = (name: string) => new GrpcError(GrpcCode.NotFound, `applications.argoproj.io "${name}" not found`);

/** Unary error body: `{"error","code","message"}`, `error === message`, `details` omitted when empty. */
export function writeGrpcError(res: ServerResponse, error: GrpcError): void {
  writeJson(res, httpStatusFromCode(error.code), { error: error.message, code: error.code, message: error.message });
}

export function writeJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Go's `http.Error`: used by the gateway for routing errors and by Argo CD's content-type filter. */
export function writePlain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(`${text}\n`);
}

/** Errors on the streaming endpoint use grpc-gateway's stream error envelope. */
export function streamErrorBody(error: GrpcError): unknown {
  const httpCode = httpStatusFromCode(error.code);
  return { error: { grpc_code: error.code, http_code: httpCode, message: error.message, http_status: STATUS_TEXT[httpCode] ?? 'Error' } };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 408: 'Request Timeout', 409: 'Conflict',
  500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};
