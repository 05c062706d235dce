#!/usr/bin/env bash
# Sets each Hub service user's password after definitions.json was imported (the file holds no
# usable password: every password_hash is empty, so nobody can log in until this script ran).
#
#   RABBITMQ_PASSWORD_GATEWAY=... RABBITMQ_PASSWORD_JOB_MATCHING=... ./set-passwords.sh [-n rabbit@host]
#
# A user whose variable is unset or empty is left without a password (cannot log in) and reported.
# Extra arguments go to rabbitmqctl (e.g. -n <node>). RABBITMQCTL overrides the rabbitmqctl command.
set -euo pipefail

ctl="${RABBITMQCTL:-rabbitmqctl}"
declare -A users=(
  [hub-gateway]=RABBITMQ_PASSWORD_GATEWAY
  [hub-job-matching]=RABBITMQ_PASSWORD_JOB_MATCHING
  [hub-signals]=RABBITMQ_PASSWORD_SIGNALS
  [hub-housing]=RABBITMQ_PASSWORD_HOUSING
  [hub-schools]=RABBITMQ_PASSWORD_SCHOOLS
  [hub-police]=RABBITMQ_PASSWORD_POLICE
  [hub-operations]=RABBITMQ_PASSWORD_OPERATIONS
)

missing=0
for user in "${!users[@]}"; do
  variable="${users[$user]}"
  password="${!variable:-}"
  if [[ -z "$password" ]]; then
    echo "set-passwords: $variable is not set; $user keeps no password and cannot log in" >&2
    missing=1
    continue
  fi
  "$ctl" "$@" -q change_password "$user" "$password"
  echo "set-passwords: password set for $user"
done
exit "$missing"
