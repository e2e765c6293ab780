#!/usr/bin/env bash
# Installs the few Debian/Ubuntu packages Python's venv and Qt need, only when missing.
set -euo pipefail
needed=(python3-venv libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
        libdbus-1-3 libxcb-cursor0 libglib2.0-0)
command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian-like: nothing to do
missing=()
for p in "${needed[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# pyenv or a self-built Python brings its own venv module.
if python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  missing=("${missing[@]/python3-venv}")
fi
missing=($(printf '%s\n' "${missing[@]}" | sed '/^$/d'))
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
