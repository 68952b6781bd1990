import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Argo CD v3.5.1 swagger, indexed for request validation. The fake is deliberately STRICTER than Argo CD
 * (which silently ignores unknown body fields and query parameters): anything the spec does not have is
 * rejected and recorded, so a client test proves the client never sends something the server would drop.
 */
// A vendored copy (upstream/SOURCE.md says where from): a fresh clone needs nothing beside it.
export const SWAGGER_PATH = fileURLToPath(new URL('./upstream/swagger.json', import.meta.url));

interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, SchemaObject>;
  additionalProperties?: SchemaObject | boolean;
  items?: SchemaObject;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'body' | 'header';
  type?: string;
  items?: SchemaObject;
  schema?: SchemaObject;
}

export interface SpecOperation {
  operationId: string;
  template: string;
  queryParams: Map<string, Parameter>;
  bodySchema?: SchemaObject;
}

export type RouteMatch =
  | { kind: 'ok'; operation: SpecOperation; pathParams: Record<string, string> }
  | { kind: 'not-found' }
  | { kind: 'method-not-allowed' };

interface Route {
  template: string;
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
  methods: Map<string, SpecOperation>;
}

export class SwaggerIndex {
  private readonly routes: Route[] = [];
  private readonly definitions: Record<string, SchemaObject>;

  constructor(swagger: { paths: Record<string, Record<string, unknown>>; definitions: Record<string, SchemaObject> }) {
    this.definitions = withWireCorrections(swagger.definitions);
    for (const [template, methods] of Object.entries(swagger.paths)) {
      const paramNames: string[] = [];
      // grpc-gateway path variables match one segment each (no `**` captures in Argo CD's annotations).
      const source = template
        .split('/')
        .map((segment) => {
          const variable = /^\{([^}]+)\}$/.exec(segment);
          if (!variable) return segment.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
          paramNames.push(variable[1] ?? '');
          return '([^/]+)';
        })
        .join('/');
      const route: Route = {
        template,
        pattern: new RegExp(`^${source}$`),
        paramNames,
        literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        methods: new Map(),
      };
      for (const [method, op] of Object.entries(methods)) {
        const operation = op as { operationId: string; parameters?: Parameter[] };
        const params = operation.parameters ?? [];
        route.methods.set(method.toUpperCase(), {
          operationId: operation.operationId,
          template,
          queryParams: new Map(params.filter((p) => p.in === 'query').map((p) => [p.name, p])),
          bodySchema: params.find((p) => p.in === 'body')?.schema,
        });
      }
      this.routes.push(route);
    }
    // Literal segments beat variables, like grpc-gateway's pattern priority (`/sync` is not `{name}`).
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  static load(file = SWAGGER_PATH): SwaggerIndex {
    return new SwaggerIndex(JSON.parse(readFileSync(file, 'utf8')));
  }

  match(method: string, path: string): RouteMatch {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      const operation = route.methods.get(method);
      if (!operation) {
        pathMatched = true;
        continue;
      }
      const pathParams: Record<string, string> = {};
      route.paramNames.forEach((name, i) => (pathParams[name] = decodeURIComponent(m[i + 1] ?? '')));
      return { kind: 'ok', operation, pathParams };
    }
    return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
  }

  /** Problems with the query string, worded like grpc-gateway's InvalidArgument errors. */
  validateQuery(operation: SpecOperation, query: URLSearchParams): string[] {
    const problems: string[] = [];
    for (const name of new Set(query.keys())) {
      const param = operation.queryParams.get(name);
      const values = query.getAll(name);
      if (!param) {
        problems.push(`unknown query parameter "${name}" for ${operation.operationId}`);
      } else if (param.type !== 'array' && values.length > 1) {
        problems.push(`too many values for field ${name}: ${values.join(', ')}`);
      } else if ((param.type === 'boolean' || param.items?.type === 'boolean') && values.some((v) => !/^(true|false)$/.test(v))) {
        problems.push(`parsing field "${name}": strconv.ParseBool: parsing "${values[0]}": invalid syntax`);
      }
    }
    return problems;
  }

  /** Problems with a decoded JSON body, worded like Go `encoding/json` (with unknown fields disallowed). */
  validateBody(operation: SpecOperation, body: unknown): string[] {
    if (!operation.bodySchema) return body === undefined ? [] : ['this operation takes no request body'];
    const problems: string[] = [];
    const root = this.resolve(operation.bodySchema);
    this.check(body, root.schema, root.goName, '', problems);
    return problems;
  }

  private resolve(schema: SchemaObject): { schema: SchemaObject; goName: string } {
    let current = schema;
    let goName = '';
    for (let depth = 0; current.$ref && depth < 20; depth++) {
      const name = current.$ref.replace('#/definitions/', '');
      goName = name.replace(/^[a-z0-9]+/, '');
      current = this.definitions[name] ?? {};
    }
    return { schema: current, goName };
  }

  private check(value: unknown, schemaIn: SchemaObject, goName: string, path: string, problems: string[]): void {
    const { schema } = this.resolve(schemaIn);
    if (value === null) return; // Go leaves the zero value for null
    const mismatch = (goType: string) =>
      problems.push(`json: cannot unmarshal ${jsonType(value)} into Go struct field ${goName}.${path || '(root)'} of type ${goType}`);
    if (schema.format === 'int64' || schema.format === 'int32' || schema.type === 'integer') {
      // Go int fields: the swagger says "string" for int64, but the wire is a JSON number (reference §0).
      if (typeof value !== 'number' || !Number.isInteger(value)) mismatch(schema.format ?? 'int');
      return;
    }
    if (schema.type === 'string') {
      if (typeof value !== 'string') mismatch('string');
      return;
    }
    if (schema.type === 'boolean') {
      if (typeof value !== 'boolean') mismatch('bool');
      return;
    }
    if (schema.type === 'array') {
      if (!Array.isArray(value)) return void mismatch('[]' + (schema.items?.type ?? 'object'));
      value.forEach((item, i) => this.check(item, schema.items ?? {}, goName, `${path}[${i}]`, problems));
      return;
    }
    if (schema.properties || schema.additionalProperties) {
      if (typeof value !== 'object' || Array.isArray(value)) return void mismatch('struct');
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const child = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
        const childPath = path ? `${path}.${key}` : key;
        if (!child) problems.push(`json: unknown field "${childPath}"`);
        else this.check(item, child, goName, childPath, problems);
      }
    }
  }
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/**
 * Where swagger and the wire disagree (reference §0), validate against the wire: `SyncStrategyHook` embeds
 * `SyncStrategyApply` inline, so the real shape is `{"hook":{"force":true}}`; the swagger's
 * `hook.syncStrategyApply.force` would be silently ignored by Argo CD, so the fake rejects it.
 */
function withWireCorrections(definitions: Record<string, SchemaObject>): Record<string, SchemaObject> {
  const corrected = { ...definitions };
  const apply = definitions['v1alpha1SyncStrategyApply'];
  if (apply) corrected['v1alpha1SyncStrategyHook'] = { type: 'object', properties: { ...apply.properties } };
  return corrected;
}
