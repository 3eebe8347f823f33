#!/usr/bin/env bash
# Makes sure Debian's chromium is installed: the web UI tests of warta-server drive it through Playwright.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
echo "warta: installing Debian's chromium for the browser tests (about 45 s) ..." >&2
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "warta: chromium is missing and cannot be installed without root: run 'apt-get install -y chromium' as root" >&2
  exit 1
fi
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! { run apt-get update -qq && DEBIAN_FRONTEND=noninteractive run apt-get install -y -qq chromium >/dev/null; }; then
  echo "warta: 'apt-get install -y chromium' failed: the browser tests of warta-server cannot run without it" >&2
  exit 1
fi
command -v chromium >/dev/null 2>&1 || { echo "warta: chromium installed but not on PATH" >&2; exit 1; }
