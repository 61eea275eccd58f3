#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 on loopback and makes a `khabar` role and database for the tests.
# Prints the connection URL on stdout. Safe to run again.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null; then
  echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
runuser -u postgres -- psql -qtA -c "SELECT 1 FROM pg_roles WHERE rolname = 'khabar'" | grep -q 1 ||
  runuser -u postgres -- psql -q -c "CREATE ROLE khabar LOGIN SUPERUSER PASSWORD 'khabar'" >/dev/null
runuser -u postgres -- psql -qtA -c "SELECT 1 FROM pg_database WHERE datname = 'khabar'" | grep -q 1 ||
  runuser -u postgres -- createdb -O khabar khabar
echo "postgres://khabar:khabar@127.0.0.1:5432/khabar"
