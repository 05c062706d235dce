#!/usr/bin/env bash
# Starts a three-node RabbitMQ cluster on this machine (hub1..hub3@localhost) for development
# and failover tests, with every node's files under DATA_DIR. Stop it with stop-cluster.sh DATA_DIR.
#
#   start-cluster.sh DATA_DIR
#
# Ports (override with env): HUB_RABBITMQ_PORTS="5672 5673 5674" (AMQP),
# HUB_RABBITMQ_DIST_PORTS="25672 25673 25674", HUB_RABBITMQ_MANAGEMENT_PORTS="15672 15673 15674",
# HUB_RABBITMQ_NODE_PREFIX=hub (node names <prefix>1@localhost ...).
# Quorum queues declared once all three nodes are in get a replica on each, so they survive one lost node.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 DATA_DIR" >&2
  exit 2
fi

BIN=/usr/lib/rabbitmq/bin
[[ -x "$BIN/rabbitmq-server" ]] || { echo "rabbitmq-server is not installed (apt-get install -y rabbitmq-server)" >&2; exit 1; }

mkdir -p "$1"
DATA_DIR=$(cd "$1" && pwd)
read -r -a AMQP <<<"${HUB_RABBITMQ_PORTS:-5672 5673 5674}"
read -r -a DIST <<<"${HUB_RABBITMQ_DIST_PORTS:-25672 25673 25674}"
read -r -a MGMT <<<"${HUB_RABBITMQ_MANAGEMENT_PORTS:-15672 15673 15674}"
PREFIX=${HUB_RABBITMQ_NODE_PREFIX:-hub}
if [[ ${#AMQP[@]} -ne 3 || ${#DIST[@]} -ne 3 || ${#MGMT[@]} -ne 3 ]]; then
  echo "each port list needs three ports: amqp '${AMQP[*]}', dist '${DIST[*]}', management '${MGMT[*]}'" >&2
  exit 2
fi

# One cookie for the three nodes and the CLI: Erlang reads it from $HOME, so give the cluster its own HOME.
export HOME="$DATA_DIR/home"
mkdir -p "$HOME"
if [[ ! -f "$HOME/.erlang.cookie" ]]; then
  (umask 077; set +o pipefail; LC_ALL=C tr -dc A-Z </dev/urandom | head -c 20 >"$HOME/.erlang.cookie")
  chmod 400 "$HOME/.erlang.cookie"
fi
# Inherited RABBITMQ_*/ERL_* settings could point the nodes elsewhere.
while read -r name; do unset "$name"; done < <(env | grep -oE '^(RABBITMQ|ERL)_[A-Za-z0-9_]*' || true)
export RABBITMQ_CTL_DIST_PORT_MIN=0 RABBITMQ_CTL_DIST_PORT_MAX=0

node_name() { echo "${PREFIX}$1@localhost"; }

# Environment for node i (1-based); used for the server and for rabbitmqctl against it.
node_env() {
  local i=$1 dir="$DATA_DIR/node$1"
  export RABBITMQ_NODENAME="$(node_name "$i")"
  export RABBITMQ_DIST_PORT="${DIST[$((i - 1))]}"
  export RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$dir/log"
  export RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf" RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config"
  export RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
  export RABBITMQ_FEATURE_FLAGS_FILE="$dir/feature_flags" RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

ctl() { local i=$1; shift; (node_env "$i"; "$BIN/rabbitmqctl" -n "$(node_name "$i")" "$@"); }

for i in 1 2 3; do
  dir="$DATA_DIR/node$i"
  if [[ -f "$dir/rabbitmq.pid" ]] && kill -0 "$(cat "$dir/rabbitmq.pid")" 2>/dev/null; then
    echo "$(node_name "$i") is already running (pid $(cat "$dir/rabbitmq.pid")); run stop-cluster.sh first" >&2
    exit 1
  fi
  mkdir -p "$dir/mnesia" "$dir/log"
  echo "[rabbitmq_management]." >"$dir/enabled_plugins"
  : >"$dir/rabbitmq-env.conf"
  cat >"$dir/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:${AMQP[$((i - 1))]}
management.tcp.ip = 127.0.0.1
management.tcp.port = ${MGMT[$((i - 1))]}
CONF
  (node_env "$i"; cd "$dir"; nohup "$BIN/rabbitmq-server" >"$dir/console.log" 2>&1 </dev/null &)
  echo "started $(node_name "$i"): amqp ${AMQP[$((i - 1))]}, management ${MGMT[$((i - 1))]}, dist ${DIST[$((i - 1))]}" >&2
done

for i in 1 2 3; do
  for _ in $(seq 1 180); do
    if (node_env "$i"; "$BIN/rabbitmq-diagnostics" -n "$(node_name "$i")" -q check_port_connectivity) >/dev/null 2>&1; then
      continue 2
    fi
    sleep 1
  done
  echo "$(node_name "$i") was not ready within 180 s; see $DATA_DIR/node$i/console.log" >&2
  exit 1
done

for i in 2 3; do
  if ! ctl "$i" -q cluster_status --formatter json | grep -q "\"$(node_name 1)\""; then
    ctl "$i" -q stop_app
    ctl "$i" -q join_cluster "$(node_name 1)"
    ctl "$i" -q start_app
  fi
done

running=0
for _ in $(seq 1 60); do
  running=$(ctl 1 -q cluster_status --formatter json | grep -oE '"running_nodes":\[[^]]*\]' | grep -o '@localhost' | wc -l || true)
  [[ $running -eq 3 ]] && break
  sleep 1
done
[[ $running -eq 3 ]] || { echo "the cluster has $running running nodes, expected 3" >&2; exit 1; }

echo "cluster of $(node_name 1), $(node_name 2), $(node_name 3) is running; settings for the services:" >&2
echo "RabbitMq__Host=127.0.0.1"
echo "RabbitMq__Port=${AMQP[0]}"
for i in 0 1 2; do
  echo "RabbitMq__ClusterNodes__$i=127.0.0.1:${AMQP[$i]}"
done
