#!/bin/sh
# Regenerates the shim's protobuf code (lib/shim/gen/*_pb.ts, committed) from
# lib/shim/proto/*.proto with buf and protoc-gen-es (dev dependencies).
set -eu
cd "$(dirname "$0")/../lib/shim/proto"
rm -rf ../gen
PATH="$(cd ../../.. && pwd)/node_modules/.bin:$PATH" buf generate
