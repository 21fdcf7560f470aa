#!/bin/sh
# Build a small busybox root filesystem in DIR (no download): Debian's
# busybox-static when installed, otherwise the host's busybox with the
# libraries it needs.
#
#   scripts/make-rootfs.sh DIR
set -eu
dir=${1:?usage: make-rootfs.sh DIR}
bb=""
for c in /bin/busybox /usr/bin/busybox; do
	[ -x "$c" ] && bb=$c && break
done
if [ -z "$bb" ]; then
	echo "make-rootfs: busybox not found; install it: apt-get install busybox-static" >&2
	exit 1
fi
mkdir -p "$dir"
for d in bin sbin usr/bin usr/sbin etc proc sys dev tmp root home var/tmp run; do
	mkdir -p "$dir/$d"
done
chmod 1777 "$dir/tmp" "$dir/var/tmp"
cp "$bb" "$dir/bin/busybox"
# A dynamically linked busybox needs its libraries inside the rootfs too.
if ldd "$bb" >/dev/null 2>&1; then
	ldd "$bb" | awk '/=>/ {print $3} /^\t\/lib/ {print $1}' | while read -r lib; do
		[ -f "$lib" ] || continue
		mkdir -p "$dir$(dirname "$lib")"
		cp -L "$lib" "$dir$lib"
	done
fi
for applet in $("$dir/bin/busybox" --list-full); do
	[ -e "$dir/$applet" ] || ln -s /bin/busybox "$dir/$applet"
done
cat > "$dir/etc/passwd" <<'PW'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
PW
cat > "$dir/etc/group" <<'GR'
root:x:0:
daemon:x:1:
tty:x:5:
nogroup:x:65534:
GR
echo hutch > "$dir/etc/hostname"
echo "make-rootfs: $dir ($(du -sh "$dir" | cut -f1))"
