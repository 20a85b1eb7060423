#!/usr/bin/env bash
# Debian packages the console's browser tests need: Chromium (driven by Playwright through
# executable_path, no browser download) and the Noto CJK fonts (without them every zh-CN
# label renders as boxes in screenshots). Installs only what is missing; needs root for that.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed" || missing+=(fonts-noto-cjk)

if [ ${#missing[@]} -eq 0 ]; then
  echo "browser deps OK: $(chromium --version 2>/dev/null | head -1), fonts-noto-cjk"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${missing[*]} — run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]}"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
