#!/usr/bin/env bash
# Fetches a Firefox ESR build from Debian into .browsers/ without installing it, so that the
# end-to-end suites can run against another Firefox than the machine's (CI meets Debian 12 and 13):
#
#   bash tests/e2e/support/fetch-firefox.sh 140.12.0esr-1~deb12u1   a version the machine's apt sources list
#   bash tests/e2e/support/fetch-firefox.sh trixie                  the firefox-esr of another Debian release
#
# It prints the path of the firefox binary on its last line. Then, for example:
#   FOOTNOTE_BROWSERS=firefox FIREFOX_PATH=<that path> npx vitest run --project e2e
#
# Another release is added as an apt source in a private apt state under .browsers/, never in the
# machine's own sources, and the package is unpacked with dpkg -x, never installed. A test helper
# only: .ci/run tests the machine's own browsers.
set -euo pipefail
cd "$(dirname "$0")/../../.."

wanted=${1:?usage: fetch-firefox.sh VERSION|RELEASE}
root=$PWD/.browsers
mkdir -p "$root"

apt_options=()
package=firefox-esr
if [[ $wanted =~ ^[a-z]+$ ]]; then
  # A release name: a private apt configuration that lists only that release.
  state=$root/apt-$wanted
  mkdir -p "$state/lists/partial" "$state/cache/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $wanted main" > "$state/sources.list"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security $wanted-security main" >> "$state/sources.list"
  apt_options=(-o "Dir::Etc::SourceList=$state/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state/cache" -o Debug::NoLocking=1)
  apt-get "${apt_options[@]}" update -qq >&2
else
  package="firefox-esr=$wanted"
fi

download=$(mktemp -d)
trap 'rm -rf "$download"' EXIT
# apt's sandbox user cannot write to a root-owned temporary folder: let it.
chmod 777 "$download"
(cd "$download" && apt-get "${apt_options[@]}" download "$package" >&2)
deb=$(ls "$download"/firefox-esr_*.deb)
version=$(dpkg-deb -f "$deb" Version)
target=$root/firefox-esr-$version
if [[ ! -x $target/usr/lib/firefox-esr/firefox-esr ]]; then
  rm -rf "$target"
  dpkg -x "$deb" "$target"
fi
binary=$target/usr/lib/firefox-esr/firefox-esr
# A newer release's build may need a newer C library than this machine has: say so plainly.
if ! "$binary" --version >/dev/null 2>&1; then
  echo "Firefox ESR $version was unpacked in $target but does not run on this machine:" >&2
  "$binary" --version 2>&1 | tail -n 2 >&2 || true
  exit 1
fi
echo "Firefox ESR $version unpacked in $target" >&2
echo "$binary"
