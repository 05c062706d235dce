#!/usr/bin/env bash
# Stops the cluster started by start-cluster.sh DATA_DIR. With --delete also removes DATA_DIR.
#
#   stop-cluster.sh DATA_DIR [--delete]
set -uo pipefail

if [[ $# -lt 1 || $# -gt 2 || ( $# -eq 2 && $2 != --delete ) ]]; then
  echo "usage: $0 DATA_DIR [--delete]" >&2
  exit 2
fi
DATA_DIR=$(cd "$1" && pwd) || exit 1
BIN=/usr/lib/rabbitmq/bin
PREFIX=${HUB_RABBITMQ_NODE_PREFIX:-hub}
export HOME="$DATA_DIR/home" RABBITMQ_CTL_DIST_PORT_MIN=0 RABBITMQ_CTL_DIST_PORT_MAX=0

for i in 3 2 1; do
  pidfile="$DATA_DIR/node$i/rabbitmq.pid"
  [[ -f $pidfile ]] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    "$BIN/rabbitmqctl" -n "${PREFIX}$i@localhost" -q stop 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "${PREFIX}$i@localhost did not stop; killing beam pid $pid" >&2
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile"
  echo "stopped ${PREFIX}$i@localhost" >&2
done

if [[ $# -eq 2 ]]; then
  rm -rf "$DATA_DIR"
fi
