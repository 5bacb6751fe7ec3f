#!/usr/bin/env bash
# The smallest real use of every external program the test suite runs, right after the set-up
# installs them: a missing package or file fails here, with its name, before any test starts.
# test/tooling.test.ts checks that every program the tests run is checked here.
# Format of each check: check <program> <debian-package> <command...>
set -uo pipefail
cd "$(dirname "$0")/../.."
failed=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() {
  local program=$1 package=$2; shift 2
  if out=$("$@" 2>&1); then
    printf '  ok   %-20s (%s)\n' "$program" "$package"
  else
    printf '  FAIL %-20s (%s): %s\n' "$program" "$package" "$(tail -n 3 <<<"$out")"
    failed=1
  fi
}
echo "== tools the tests use"
check bash bash bash -c 'exit 0'
check sleep coreutils sleep 0
check chroot coreutils chroot / /bin/true
check getent libc-bin getent passwd root
check find findutils find . -maxdepth 0
check setpriv util-linux setpriv --reuid=65534 --regid=65534 --clear-groups -- /bin/true
check flock util-linux flock --version
check useradd passwd useradd --help
check git git git --version
check curl curl curl -sS -o /dev/null "file://$PWD/package.json"
check make make make --version
check g++ g++ g++ --version
check python3 python3 /usr/bin/python3 -c 'import sys; assert sys.version_info >= (3, 9)'
check python3-requests python3-requests /usr/bin/python3 -c 'import requests'
check python3-grpc python3-grpcio /usr/bin/python3 -c 'import grpc, google.protobuf'
# Exactly what test/e2e/grpc-harness.ts does: Python stubs from the project's own .proto files.
check protoc protobuf-compiler protoc -Isrc/grpc/proto -I/usr/include --python_out="$tmp" \
  --grpc_python_out="$tmp" --plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin \
  $(cd src/grpc/proto && find . -name '*.proto' | sed 's|^\./||' | sort)
check google/protobuf libprotobuf-dev test -f /usr/include/google/protobuf/empty.proto
check grpc_python_plugin protobuf-compiler-grpc test -x /usr/bin/grpc_python_plugin
check buf npm:@bufbuild/buf node_modules/.bin/buf --version
check h2load nghttp2-client h2load --version
check postgres postgresql-15 test -x /usr/lib/postgresql/15/bin/initdb -a -x /usr/lib/postgresql/15/bin/pg_ctl
check psql postgresql-client-15 /usr/lib/postgresql/15/bin/psql --version
check debootstrap debootstrap debootstrap --version
check openssl openssl openssl version
check zstd zstd zstd --version
check hostname hostname hostname
if [ "$failed" != 0 ]; then echo "check-tools: a tool the tests need is missing (see FAIL above)" >&2; exit 1; fi
