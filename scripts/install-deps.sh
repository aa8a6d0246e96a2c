#!/usr/bin/env bash
# Installs the Debian packages ofsearch needs, only those missing. Uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config dpkg-dev file
  libxapian-dev xapian-tools libboost-program-options-dev libutf8proc-dev
  libpoppler-cpp-dev poppler-utils nlohmann-json3-dev libcpp-httplib-dev
  libgtest-dev googletest
  libbenchmark-dev libsqlite3-dev sqlite3 ripgrep gnuplot-nox
  chromium chromium-driver python3-selenium wrk
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
