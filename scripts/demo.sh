#!/bin/sh
# Set up and run the demo container: install dependencies, build hutch,
# build a busybox rootfs (no download) and run fixtures/demo in it.
# Runs as root or as an unprivileged user (a user namespace maps you to root).
set -eu
cd "$(dirname "$0")/.."
if ! command -v busybox >/dev/null 2>&1 && [ ! -x /bin/busybox ]; then
	if [ "$(id -u)" = 0 ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null
	else
		echo "demo: busybox is needed: sudo apt-get install busybox-static" >&2
		exit 1
	fi
fi
[ -d node_modules/ffi-rs ] || npm ci --no-audit --no-fund --loglevel=error
if [ -w . ]; then node scripts/build.mjs >/dev/null; elif [ ! -x dist/hutch ]; then echo "demo: dist/ is not built and this checkout is not writable" >&2; exit 1; fi
bundle=$(mktemp -d "${TMPDIR:-/tmp}/hutch-demo.XXXXXX")
trap 'rm -rf "$bundle"' EXIT
chmod 755 "$bundle"
scripts/make-rootfs.sh "$bundle/rootfs" >/dev/null
# The demo maps the caller's own uid to root in the container.
node -e '
const c = JSON.parse(require("fs").readFileSync("fixtures/demo/config.json", "utf8"));
c.linux.uidMappings[0].hostID = process.getuid();
c.linux.gidMappings[0].hostID = process.getgid();
require("fs").writeFileSync(process.argv[1], JSON.stringify(c, null, 2));
' "$bundle/config.json"
exec bin/hutch run --bundle "$bundle" "demo-$$"
