#!/usr/bin/env bash
# Installs the real servers and tools the tests run against (Debian packages). Idempotent:
# a second run installs nothing. Needs root (as on CI and the dev machines) or sudo.
set -euo pipefail

packages=(docker-registry buildah skopeo git busybox-static openssl ca-certificates uidmap)
commands=(docker-registry buildah skopeo git busybox openssl)

missing=()
for command in "${commands[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("$command")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system dependencies present: ${commands[*]}"
  exit 0
fi

echo "installing system dependencies (missing: ${missing[*]})"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${packages[@]}"
