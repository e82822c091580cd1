#!/usr/bin/env bash
# Runs every test of Qadam: unit tests, integration tests on Payara Micro against a real MariaDB
# (started by the build, or the one named by QADAM_TEST_DB_URL), and browser tests in headless Chromium
# against the packaged application. Needs JDK 17 and Maven; installs Debian's chromium and
# chromium-driver when they are missing and it can.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing chromium and chromium-driver for the browser tests ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need Chromium and its driver: sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi

exec mvn -B -ntp clean verify "$@"
