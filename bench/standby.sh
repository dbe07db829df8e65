#!/usr/bin/env bash
# A streaming standby of the machine's PostgreSQL (Debian cluster), for the read replica's end-to-end test
# (ReadReplicaIT) and by hand: bash bench/standby.sh start DIR PORT | stop DIR | pause PORT | resume PORT.
# "start" allows local replication connections of the postgres user (peer) if the cluster does not yet, takes a base
# backup with -R (standby.signal and primary_conninfo written) and starts it on PORT as a hot standby.
# Exits 3 when it cannot run here (no Debian cluster, or not root).
set -euo pipefail
command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ] && [ "$(id -u)" = 0 ] || {
  echo "a standby needs root and the machine's PostgreSQL cluster" >&2; exit 3; }
version=$(ls /etc/postgresql | sort -n | tail -n 1)
bin=/usr/lib/postgresql/$version/bin
as_postgres() { runuser -u postgres -- "$@"; }

case "$1" in
  start)
    dir=$2 port=$3
    hba=$(as_postgres psql -qtAc "SHOW hba_file")
    if ! grep -qE '^local[[:space:]]+replication[[:space:]]+(all|postgres)' "$hba"; then
      sed -i '1i local replication postgres peer' "$hba"
      as_postgres psql -qtAc "SELECT pg_reload_conf()" >/dev/null
    fi
    rm -rf "$dir" && mkdir -p "$dir" && chown postgres "$dir" && chmod 700 "$dir"
    as_postgres pg_basebackup -D "$dir" -R -X stream -c fast
    cp "$hba" "$dir/pg_hba.conf" && : > "$dir/pg_ident.conf"
    cat > "$dir/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '/var/run/postgresql'
hot_standby = on
CONF
    chown postgres "$dir"/*.conf
    as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/standby.log" -w start >/dev/null
    ;;
  stop)
    dir=$2
    [ -d "$dir" ] && as_postgres "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  pause)
    as_postgres psql -p "$2" -qtAc "SELECT pg_wal_replay_pause()" >/dev/null
    ;;
  resume)
    as_postgres psql -p "$2" -qtAc "SELECT pg_wal_replay_resume()" >/dev/null
    ;;
esac
