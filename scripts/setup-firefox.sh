#!/usr/bin/env bash
# Installs Debian's Firefox ESR when missing (tests/firefox/ drives it through its built-in
# WebDriver BiDi server; no geckodriver: npm's geckodriver downloads its binary at first run).
set -euo pipefail
if [[ ! -x /usr/bin/firefox-esr ]]; then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update
  $sudo apt-get install -y firefox-esr
fi
