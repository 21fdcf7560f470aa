#!/bin/sh
# Regenerate the plan interpreter blobs (lib/native/interp-<arch>.bin) from
# lib/native/interp.c. The blobs are committed; spec/unit/native-blob.test.ts
# checks that they match a fresh build wherever the compilers are installed.
#
#   scripts/build-native.sh [OUTDIR]     (default: lib/native)
#
# Needs gcc (x86_64) and gcc-aarch64-linux-gnu (Debian packages).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
src="$here/lib/native/interp.c"
out=${1:-"$here/lib/native"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CFLAGS="-Os -fPIC -ffreestanding -nostdlib -fno-stack-protector -fno-builtin \
 -fno-asynchronous-unwind-tables -fno-unwind-tables -fno-jump-tables \
 -fno-exceptions -fcf-protection=none -fno-plt -fvisibility=hidden"

build() { # arch cc extra-flags
	arch=$1; cc=$2; extra=$3
	if ! command -v "$cc" >/dev/null 2>&1; then
		echo "build-native: $cc not found, skipping $arch" >&2
		return 0
	fi
	# shellcheck disable=SC2086
	"$cc" $CFLAGS $extra -c "$src" -o "$tmp/$arch.o"
	# Place the entry section first so the entry point is byte 0 of the blob.
	cat > "$tmp/link.ld" <<'LD'
SECTIONS {
  . = 0;
  .text : { *(.text.entry) *(.text .text.*) }
  /DISCARD/ : { *(.comment) *(.note*) *(.eh_frame*) }
}
LD
	ld_cmd=$(echo "$cc" | sed 's/gcc$/ld/')
	[ "$ld_cmd" = "$cc" ] && ld_cmd=ld
	"$ld_cmd" -T "$tmp/link.ld" -o "$tmp/$arch.elf" "$tmp/$arch.o"
	objcopy_cmd=$(echo "$cc" | sed 's/gcc$/objcopy/')
	[ "$objcopy_cmd" = "$cc" ] && objcopy_cmd=objcopy
	# Anything besides one self-contained .text (data, rodata, bss, any
	# relocation) would break position independence: refuse to build then.
	readelf_cmd=$(echo "$cc" | sed 's/gcc$/readelf/')
	[ "$readelf_cmd" = "$cc" ] && readelf_cmd=readelf
	if "$readelf_cmd" -r -W "$tmp/$arch.o" | grep -q 'Relocation section'; then
		echo "build-native: $arch object has relocations:" >&2
		"$readelf_cmd" -r -W "$tmp/$arch.o" >&2
		exit 1
	fi
	if "$readelf_cmd" -S -W "$tmp/$arch.o" | sed 's/^ *\[ *[0-9]*\] //' |
		awk '$1 ~ /^\.(data|rodata|bss)/ && $5 !~ /^0+$/ {print; bad=1} END {exit !bad}' >&2; then
		echo "build-native: $arch object has data sections (listed above)" >&2
		exit 1
	fi
	"$objcopy_cmd" -O binary -j .text "$tmp/$arch.elf" "$out/interp-$arch.bin"
	echo "build-native: $arch $(wc -c < "$out/interp-$arch.bin") bytes"
}

build x86_64 gcc "-m64"
build aarch64 aarch64-linux-gnu-gcc "-mgeneral-regs-only"
