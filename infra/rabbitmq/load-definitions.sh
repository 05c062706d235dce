#!/usr/bin/env bash
# Loads the Hub's broker definitions into a running node and sets the service users' passwords:
# the entrypoint of docker-compose's one-shot `rabbitmq-definitions` service, also usable by hand.
#
#   RABBITMQ_NODE=rabbit@rabbitmq RABBITMQ_PASSWORD_GATEWAY=... ... ./load-definitions.sh
#
# 1. import definitions.json (vhost `hub`, users without passwords, permissions, policies);
# 2. set-passwords.sh (the operations user, when its variable is empty, stays unable to log in);
# 3. check that the six Hub service users (gateway, job matching, signals, housing, schools, police) can log in, so the
#    services that depend on this one never start against a broker that would refuse them.
# Exits non-zero when any step fails. RABBITMQCTL overrides the rabbitmqctl command.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
ctl="${RABBITMQCTL:-rabbitmqctl}"
node=()
[[ -n "${RABBITMQ_NODE:-}" ]] && node=(-n "$RABBITMQ_NODE")

"$ctl" "${node[@]}" import_definitions "$here/definitions.json"

# set-passwords.sh exits 1 when an optional user has no password: reported there, not fatal here.
RABBITMQCTL="$ctl" bash "$here/set-passwords.sh" "${node[@]}" || true

declare -A required=(
  [hub-gateway]=RABBITMQ_PASSWORD_GATEWAY
  [hub-job-matching]=RABBITMQ_PASSWORD_JOB_MATCHING
  [hub-signals]=RABBITMQ_PASSWORD_SIGNALS
  [hub-housing]=RABBITMQ_PASSWORD_HOUSING
  [hub-schools]=RABBITMQ_PASSWORD_SCHOOLS
  [hub-police]=RABBITMQ_PASSWORD_POLICE
)
for user in "${!required[@]}"; do
  variable="${required[$user]}"
  if [[ -z "${!variable:-}" ]]; then
    echo "load-definitions: $variable is not set; $user cannot log in" >&2
    exit 1
  fi
  if ! "$ctl" "${node[@]}" -q authenticate_user "$user" "${!variable}" >/dev/null; then
    echo "load-definitions: $user cannot log in with $variable" >&2
    exit 1
  fi
done
echo "load-definitions: definitions loaded; hub-gateway, hub-job-matching, hub-signals, hub-housing, hub-schools and hub-police can log in"
