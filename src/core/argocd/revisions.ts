/**
 * Revision comparison as Argo CD makes it possible. The repo-server takes seven or more hex digits for a
 * truncated commit SHA and hands it on as given (util/git/client.go `lsRemote`), while the controller reports
 * full SHAs once it has generated the manifests (controller/sync.go `SyncAppState`): two SHAs are the same
 * commit when one starts the other. Anything else (a branch, a tag, a Helm chart version) compares exactly.
 */
const SHA_LIKE = /^[0-9a-f]{7,40}$/i;

export function isShaLike(revision: string | undefined): boolean {
  return revision !== undefined && SHA_LIKE.test(revision);
}

export function sameRevision(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (isShaLike(a) && isShaLike(b)) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x.startsWith(y) || y.startsWith(x);
  }
  return a === b;
}

export function sameRevisions(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((item, index) => sameRevision(item, b[index]));
}

/** A multi-source app's revisions space-separated, a single source's revision, or undefined. */
export function describeRevisions(revision: string | undefined, revisions: readonly string[] | undefined): string | undefined {
  return revisions?.length ? revisions.join(' ') : revision || undefined;
}
