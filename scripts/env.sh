# Sourced by the scripts: where the tools live, and the settings every build uses.
# shellcheck shell=bash
export PATH="$HOME/.cargo/bin:$PATH"
export CRM_TOOLS_DIR="${CRM_TOOLS_DIR:-$HOME/.local/share/crm-widget-tools}"
# Trunk 0.22 needs a newer rustc than this machine has: never let Trunk nag about updates.
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
# The nightly that builds the shipped wasm (scripts/release), pinned; scripts/setup installs it.
export CRM_NIGHTLY="nightly-2026-05-19"
