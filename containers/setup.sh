#!/bin/sh
# Runs once per image target inside the Containerfile: installs what the base lacks, then lays out
# the CLI. `setup.sh cli` or `setup.sh builder`.
set -eu
target=$1

missing=""
need() { # need COMMAND-OR-FILE PACKAGE
  if ! command -v "$1" >/dev/null 2>&1 && [ ! -e "$1" ]; then missing="$missing $2"; fi
}
need git git
need /etc/ssl/certs/ca-certificates.crt ca-certificates
if [ "$target" = builder ]; then need buildah buildah; fi
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y -q --no-install-recommends $missing
  rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
fi

# Both targets: the CLI on PATH and its user; temp dirs writable by it.
chmod 1777 /tmp /var/tmp
chmod 0755 /usr/local/bin/node /opt/gitops-actions/dist/cli/index.js
ln -sf /opt/gitops-actions/dist/cli/index.js /usr/local/bin/gitops-actions
# A named user: git and ssh look the uid up, and a job's files stay owned by someone.
grep -q '^gitops:' /etc/passwd || echo 'gitops:x:10001:10001:gitops-actions:/home/gitops:/bin/sh' >> /etc/passwd
grep -q '^gitops:' /etc/group || echo 'gitops:x:10001:' >> /etc/group
mkdir -p /home/gitops
chown 10001:10001 /home/gitops
node --version >/dev/null

if [ "$target" = builder ]; then
  mkdir -p /etc/containers /var/lib/containers/storage /workspace
  printf '[storage]\ndriver = "vfs"\ngraphroot = "/var/lib/containers/storage"\nrunroot = "/run/containers/storage"\n' > /etc/containers/storage.conf
  [ -e /etc/containers/policy.json ] || printf '{"default":[{"type":"insecureAcceptAnything"}]}\n' > /etc/containers/policy.json
  buildah --version >/dev/null
fi
