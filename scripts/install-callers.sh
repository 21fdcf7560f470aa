#!/bin/sh
# Install the real callers of an OCI runtime that spec/integration/callers-*
# drive hutch with: podman + conmon, containerd (its runc v2 shim and ctr) and
# Docker (docker.io: dockerd 20.10 and its client; the tests start a private dockerd),
# plus what their tests need (uidmap for rootless podman, busybox-static for the
# test image, skopeo). Debian 12 package names. Idempotent: packages already
# installed are skipped, and apt is not touched at all when nothing is missing.
#
#   sh scripts/install-callers.sh          (as root; .ci/run may call it)
#
# Debian's containerd package ships containerd, ctr and containerd-shim-runc-v2.
# It installs a systemd unit, but nothing here needs systemd: the tests start
# `containerd` themselves with a private config when no daemon is running.
set -eu

pkgs="podman conmon containerd docker.io uidmap busybox-static skopeo runc"
missing=""
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
		missing="$missing $p"
	fi
done

if [ -n "$missing" ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "install-callers: missing:$missing (run as root to install them)" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	# The package lists may be absent on a fresh machine.
	if ! apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1; then
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends $missing >/dev/null
	fi
fi

# Verify the binaries the tests use are really there.
for b in podman conmon containerd ctr containerd-shim-runc-v2 newuidmap newgidmap busybox; do
	if ! command -v "$b" >/dev/null 2>&1; then
		echo "install-callers: $b is still missing after installing:$pkgs" >&2
		exit 1
	fi
done
echo "install-callers: podman $(podman --version | awk '{print $3}'), containerd $(containerd --version | awk '{print $3}'), conmon $(conmon --version | awk 'NR==1{print $3}')"
