#!/usr/bin/env bash
# Builds Qadam and starts it at http://localhost:8080/ on the embedded database under ./data/,
# with demo data on an empty database. Ctrl+C stops it. Settings: docs/configuration.md.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -ntp -q -Dstyle.color=never -DskipTests clean package

export QADAM_DEMO_DATA="${QADAM_DEMO_DATA:-true}"
port="${QADAM_PORT:-8080}"
export QADAM_PUBLIC_URL="${QADAM_PUBLIC_URL:-http://localhost:${port}/}"
mkdir -p data/tmp
echo "Starting Qadam at ${QADAM_PUBLIC_URL} (data in ./data/) ..."
exec java ${QADAM_JAVA_OPTS:--Xmx512m} -Djava.io.tmpdir="$PWD/data/tmp" \
  -jar target/payara-micro.jar \
  --deploy target/qadam.war --contextroot / \
  --port "${port}" --nocluster --nohazelcast \
  --prebootcommandfile src/main/payara/pre-boot.asadmin
