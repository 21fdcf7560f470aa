#!/bin/sh
# Regenerates the shim's protobuf code (lib/shim/gen/shim_pb.js and its
# types, shim_pb.d.ts; both committed) from lib/shim/proto/*.proto with
# protobufjs-cli (a dev dependency): static encoders and decoders, no
# reflection at run time; 64-bit integers as numbers.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/lib/shim/proto"
mkdir -p ../gen
"$root/node_modules/.bin/pbjs" -t static-module -w es6 --es6 --force-number --no-verify --no-convert --no-delimited --no-service \
	-o ../gen/shim_pb.js ttrpc.proto types.proto task.proto events.proto metrics.proto
"$root/node_modules/.bin/pbts" --no-comments -o ../gen/shim_pb.d.ts ../gen/shim_pb.js
