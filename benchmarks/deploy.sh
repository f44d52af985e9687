#!/usr/bin/env bash
# Times a whole `vixen-gate deploy --target staging --now` against a fake Coolify that responds at
# once, with waits of one millisecond, so the figures are vixen-gate's own work.
#
# Usage: benchmarks/deploy.sh [RUNS]
#
# Each run commits a backend change to a repository pushed to a bare remote, then deploys it:
# fetch the state, take the lock, review the range with the gate, run the backend's test command
# (`true`), read, PATCH and deploy the application, poll the deployment, run the health check and
# the smoke test, then write the note and move the deployed reference. It prints the process's
# wall, user and system time for each run and their means. The goal is under 1 s wall time.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
swift build --package-path "$root" -c release --product vixen-gate >/dev/null
binary="$root/.build/release/vixen-gate"

work=$(mktemp -d)
coolify_pid=""
cleanup() {
    if [ -n "$coolify_pid" ]; then
        kill "$coolify_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

python3 "$root/benchmarks/deploy/fake_coolify.py" >"$work/port" &
coolify_pid=$!
for _ in $(seq 1 50); do
    [ -s "$work/port" ] && break
    sleep 0.1
done
port=$(head -n 1 "$work/port")
base="http://127.0.0.1:$port"

export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
git init --quiet --bare "$work/remote.git"
git clone --quiet "$work/remote.git" "$work/clone" 2>/dev/null
cd "$work/clone"
git checkout --quiet -b main
mkdir -p backend/app frontend/src
printf '[project]\nname = "api"\nversion = "0.1.0"\n' >backend/pyproject.toml
printf 'def health():\n    return "ok"\n' >backend/app/main.py
printf '{"name": "web", "private": true}\n' >frontend/package.json
printf 'export const app = 1;\n' >frontend/src/main.js
cat >.vixen-gate.yml <<YAML
deploy:
  staging:
    max_wait: 36500d
checklist:
  tests:
    backend: {command: 'true', directory: backend}
coolify:
  url: $base
  poll_interval: 1ms
  applications:
    staging: {BE: be-app, FE: fe-app}
  health_checks:
    staging:
      BE: [{url: $base/health, body_contains: ok}]
  health: {attempts: 2, retry_delay: 1ms, consecutive_successes: 1, watch_interval: 1ms,
           watch_window: {staging: 1ms}}
  smoke_tests:
    staging:
      BE:
        base_url: $base
        tests:
          - {name: login, method: POST, path: /api/login}
YAML
git add -A
git commit --quiet -m "Lay out the backend and frontend"
git push --quiet origin HEAD:refs/heads/main
"$binary" state init --target staging >/dev/null

export COOLIFY_TOKEN="3|benchmark-token"
printf 'run  wall_s  user_s  sys_s\n'
total_wall=0
total_cpu=0
for run in $(seq 1 "$runs"); do
    printf 'def orders():\n    return %d\n' "$run" >>backend/app/main.py
    git commit --quiet -am "feat: orders $run"
    git push --quiet origin HEAD:refs/heads/main
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$binary" deploy --target staging --now >"$work/out" 2>"$work/err" || {
        cat "$work/out" "$work/err" >&2
        exit 1
    }
    read -r wall user sys <"$work/time"
    printf '%3d  %6s  %6s  %5s\n' "$run" "$wall" "$user" "$sys"
    total_wall=$(echo "$total_wall + $wall" | bc -l)
    total_cpu=$(echo "$total_cpu + $user + $sys" | bc -l)
done
printf 'mean wall %.3f s, mean user+sys %.3f s over %d runs\n' \
    "$(echo "$total_wall / $runs" | bc -l)" "$(echo "$total_cpu / $runs" | bc -l)" "$runs"
