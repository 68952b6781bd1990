/** Token scopes as the distribution token spec writes them: `repository:<name>:<action>,<action>`. */

interface ParsedScope {
  resource: string;
  actions: Set<string>;
}

function parseScope(scope: string): ParsedScope {
  // A repository name may not hold a colon, but a resource type such as `registry:catalog:*` does.
  const last = scope.lastIndexOf(':');
  if (last <= 0) return { resource: scope, actions: new Set() };
  return { resource: scope.slice(0, last), actions: new Set(scope.slice(last + 1).split(',').filter(Boolean)) };
}

export function repositoryScope(repository: string, access: 'pull' | 'push'): string {
  return `repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`;
}

/** Joins scopes naming the same resource, so a token request asks for each resource once. */
export function mergeScopes(scopes: Iterable<string>): string[] {
  const merged = new Map<string, Set<string>>();
  for (const scope of scopes) {
    const { resource, actions } = parseScope(scope);
    const known = merged.get(resource) ?? new Set<string>();
    for (const action of actions) known.add(action);
    merged.set(resource, known);
  }
  return [...merged]
    .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`)
    .sort();
}

/** True when every action of every wanted scope is among the granted ones. */
export function scopesCover(granted: readonly string[], wanted: readonly string[]): boolean {
  const grantedByResource = new Map(granted.map((scope) => {
    const parsed = parseScope(scope);
    return [parsed.resource, parsed.actions] as const;
  }));
  return wanted.every((scope) => {
    const { resource, actions } = parseScope(scope);
    const have = grantedByResource.get(resource);
    return have !== undefined && [...actions].every((action) => have.has(action) || have.has('*'));
  });
}
