/** The builders this action drives; `auto` is resolved to one of them before planning. */
export type BuilderName = 'docker' | 'buildah' | 'kaniko';
export const BUILDER_NAMES: readonly BuilderName[] = ['docker', 'buildah', 'kaniko'];

export interface BuildSecretFile {
  id: string;
  /** A 0600 file in the step's temp directory, removed when the step ends. */
  file: string;
}

/** Everything a builder needs to produce its argv; every path is absolute. */
export interface BuildPlan {
  contextDir: string;
  dockerfile: string;
  /** `registry/repository` as it is pushed, e.g. `127.0.0.1:5000/team/app`. */
  repository: string;
  /** Tag names; the first is pushed first (and is what skip-existing looks up). */
  tags: readonly string[];
  labels: ReadonlyMap<string, string>;
  buildArgs: ReadonlyMap<string, string>;
  secrets: readonly BuildSecretFile[];
  target?: string;
  platforms: readonly string[];
  cacheFrom: readonly string[];
  cacheTo: readonly string[];
  push: boolean;
  /** False when the user opted out of TLS verification (or the registry is plain HTTP). */
  tlsVerify: boolean;
  /** A directory holding `ca.crt` for the registry (containers/image's --cert-dir). */
  certDir?: string;
  /** Files the builder writes its results to. */
  files: { digest: string; imageId: string; metadata: string };
  /** Throw-away credentials; undefined means the builder's own configuration applies. */
  auth?: {
    authFile: string;
    dockerConfigDir: string;
    /** The user's buildx state (builders made by setup-buildx), kept while DOCKER_CONFIG is swapped. */
    buildxConfigDir?: string;
  };
}

/** One process to run: argv plus the variables added to the environment. */
export interface Command {
  program: string;
  args: string[];
  env: Record<string, string>;
}

export interface BuilderCommands {
  /** Builds; for docker and kaniko it also pushes every tag. */
  build: Command;
  /** Run only after the build succeeded: pushes the first tag and writes the digest file. */
  push: Command[];
  /** True when `build` already pushed every tag; otherwise the remaining tags are copied. */
  pushesAllTags: boolean;
}
