#!/usr/bin/env bash
# Installs the Debian packages bench/broker drives as Kafka clients, when they are missing: kcat
# (librdkafka), and a C compiler with librdkafka-dev, against which bench/broker/rdkafka.ts builds
# the lean client bench/broker/rdkafka-bench.c. Not part of the test install: CI runs no benchmarks.
set -euo pipefail
need=()
command -v kcat >/dev/null 2>&1 || need+=(kcat)
if command -v cc >/dev/null 2>&1; then
  echo '#include <librdkafka/rdkafka.h>' | cc -E -x c -o /dev/null - >/dev/null 2>&1 || need+=(librdkafka-dev)
else
  need+=(gcc libc6-dev librdkafka-dev)
fi
[ ${#need[@]} -eq 0 ] && exit 0
echo "install-bench-deps: installing ${need[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
