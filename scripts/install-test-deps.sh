#!/usr/bin/env bash
# Installs the Debian packages the test suites drive as real Kafka clients, when they are missing:
# kcat (librdkafka), python3-confluent-kafka and python3-kafka (for Debian's /usr/bin/python3), and
# python3-requests, which confluent-kafka's SchemaRegistryClient needs.
set -euo pipefail
need=()
command -v kcat >/dev/null 2>&1 || need+=(kcat)
/usr/bin/python3 -c 'import confluent_kafka' >/dev/null 2>&1 || need+=(python3-confluent-kafka)
/usr/bin/python3 -c 'import kafka' >/dev/null 2>&1 || need+=(python3-kafka)
/usr/bin/python3 -c 'import requests' >/dev/null 2>&1 || need+=(python3-requests)
[ ${#need[@]} -eq 0 ] && exit 0
echo "install-test-deps: installing ${need[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
