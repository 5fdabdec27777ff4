#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster as the `postgres` user on a free loopback port and
# prints the DATABASE_URL to use. Usage: scripts/start-postgres.sh DIR  (stop: pg_ctl -D DIR stop)
set -euo pipefail
dir=${1:?usage: start-postgres.sh DIR}
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL 15 absent : installation de postgresql-15…" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$dir"
chown postgres:postgres "$dir"
chmod 700 "$dir"
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "create database creneau" >/dev/null
runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d creneau -qc "create extension if not exists btree_gist" >/dev/null
echo "postgres://postgres@127.0.0.1:$port/creneau"
