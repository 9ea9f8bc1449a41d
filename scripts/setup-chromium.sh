#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver when missing (the browser tests
# drive /usr/bin/chromium; Playwright's own browser downloads are not used).
set -euo pipefail
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update
  $sudo apt-get install -y chromium chromium-driver
fi
