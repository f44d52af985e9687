#!/usr/bin/env bash
# Starts a private PostgreSQL server for the tests, or stops one that this script started.
#
# Usage: scripts/start-postgres.sh [STATE_FOLDER]
#        scripts/start-postgres.sh --stop STATE_FOLDER
#
# Starting creates STATE_FOLDER (a new temporary folder when omitted; an existing one must be empty),
# runs initdb in it and starts the server. The server listens on 127.0.0.1 at a free port and on a Unix
# socket in STATE_FOLDER, never on another address. It prints the test role's URL on standard output,
#   postgresql://vixen:<generated password>@127.0.0.1:<port>/postgres
# and writes STATE_FOLDER/env, which a shell can source, and STATE_FOLDER/url. Progress and errors go
# to standard error. The role `vixen` logs in with a password (SCRAM-SHA-256) and may create databases,
# so the tests exercise password handling as a real server requires it. The password is random and
# contains "/" and "@", which a URL must percent-encode.
#
# PostgreSQL does not run as root. Run as root, as CI does, the server runs as the unprivileged user
# `postgres` (created by Debian's postgresql package), else as `nobody`, and STATE_FOLDER belongs to
# that user. Stopping runs `pg_ctl stop` as the same user and deletes STATE_FOLDER.
#
# initdb and pg_ctl are searched in VIXEN_GATE_PG_BIN when set, then in /usr/lib/postgresql/*/bin
# (newest version first, Debian's layout), then on PATH. On Debian and Ubuntu, the postgresql package is
# installed with apt-get when none is found, directly as root or through sudo.
set -euo pipefail

readonly SCRIPT_NAME="start-postgres"
readonly ROLE_NAME="vixen"
readonly DATABASE_NAME="postgres"

fail() {
    echo "$SCRIPT_NAME: error: $*" >&2
    exit 1
}

usage() {
    cat <<'EOF'
Usage: scripts/start-postgres.sh [STATE_FOLDER]
       scripts/start-postgres.sh --stop STATE_FOLDER

Starts a PostgreSQL server for the tests in STATE_FOLDER (a new temporary folder by default) and
prints its URL; --stop stops it and deletes STATE_FOLDER. The server listens on 127.0.0.1 and on a
Unix socket in STATE_FOLDER only.
EOF
}

# Prints the folder that contains initdb and pg_ctl, or nothing when none is found.
find_server_bin() {
    local folder
    if [ -n "${VIXEN_GATE_PG_BIN:-}" ]; then
        echo "$VIXEN_GATE_PG_BIN"
        return
    fi
    # `sort -V` puts 9.6 before 15 before 16; the last one is the newest.
    for folder in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
        if [ -x "$folder/initdb" ] && [ -x "$folder/pg_ctl" ]; then
            echo "$folder"
            return
        fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

install_server() {
    command -v apt-get >/dev/null 2>&1 ||
        fail "no PostgreSQL server was found (initdb and pg_ctl). Install PostgreSQL 13 or newer with your" \
            "package manager (macOS: brew install postgresql@16), or set VIXEN_GATE_PG_BIN to the folder" \
            "holding initdb, then run this script again."
    local privilege=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 ||
            fail "installing the postgresql package needs root, and sudo was not found. Run this script" \
                "as root, or install the package yourself."
        privilege=(sudo)
    fi
    # Debian's package may also create and start its own cluster on port 5432; this script does not use it.
    echo "Installing PostgreSQL with apt-get: postgresql" >&2
    ${privilege[@]+"${privilege[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update >&2
    ${privilege[@]+"${privilege[@]}"} env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends postgresql >&2
}

# Prints the user that runs the server: the current one, or an unprivileged one when running as root.
server_user() {
    if [ "$(id -u)" -ne 0 ]; then
        id -un
    elif id postgres >/dev/null 2>&1; then
        echo postgres
    else
        echo nobody
    fi
}

# Runs a command as the server's user.
as_server_user() {
    local user=$1
    shift
    if [ "$(id -un)" = "$user" ]; then
        "$@"
    else
        runuser -u "$user" -- "$@"
    fi
}

# Prints a free TCP port on 127.0.0.1. Another process may take it before the server binds it, so
# start_server tries again with a new port when the start fails.
free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# Prints a random password of 24 letters and digits with "/" and "@" inside.
random_password() {
    local letters
    letters=$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24)
    echo "${letters:0:8}/${letters:8:8}@${letters:16:8}"
}

# Percent-encodes the characters of random_password's alphabet that a URL's user information reserves.
url_encode_password() {
    local encoded=${1//\//%2F}
    echo "${encoded//@/%40}"
}

stop_server() {
    local state=$1
    [ -d "$state" ] || fail "'$state' is not a folder, so there is no server to stop."
    [ -f "$state/server-bin" ] ||
        fail "'$state' was not made by this script (server-bin is missing); stop its server yourself."
    local bin user
    bin=$(cat "$state/server-bin")
    user=$(stat -c %U "$state/data" 2>/dev/null || stat -f %Su "$state/data")
    if [ -f "$state/data/postmaster.pid" ]; then
        as_server_user "$user" "$bin/pg_ctl" -D "$state/data" -m fast -w stop >&2 ||
            echo "$SCRIPT_NAME: warning: pg_ctl could not stop the server in $state/data." >&2
    fi
    rm -rf "$state"
}

start_server() {
    local state=$1 bin=$2 user=$3
    local password port attempt socket_options
    password=$(random_password)

    mkdir -p "$state/data" "$state/socket"
    chmod 700 "$state"
    echo "$bin" >"$state/server-bin"
    chown -R "$user" "$state"

    echo "Creating a PostgreSQL cluster in $state/data" >&2
    # Only the server's own user may connect without a password (peer), and only through the socket.
    as_server_user "$user" "$bin/initdb" -D "$state/data" --encoding=UTF8 --locale=C --auth-local=peer \
        --auth-host=reject >"$state/initdb.log" 2>&1 ||
        fail "initdb failed; its output is in $state/initdb.log."
    cat >"$state/data/pg_hba.conf" <<EOF
# Written by scripts/start-postgres.sh: the server's own user through the socket, every other role with
# a password, and nothing from outside this machine.
local  all  $user                 peer
local  all  all                   scram-sha-256
host   all  all  127.0.0.1/32     scram-sha-256
EOF
    chown "$user" "$state/data/pg_hba.conf"

    # fsync and full-page writes are off: the cluster is thrown away, and this makes each test faster.
    for attempt in 1 2 3; do
        port=$(free_port)
        socket_options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$state/socket"
        socket_options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        if as_server_user "$user" "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
            -o "$socket_options" start >&2; then
            break
        fi
        [ "$attempt" -lt 3 ] || fail "the server did not start; its log is $state/server.log."
        echo "$SCRIPT_NAME: the server did not start on port $port; trying another port." >&2
    done

    # The password goes through standard input, so it never appears in a process list.
    printf "CREATE ROLE %s LOGIN CREATEDB PASSWORD '%s';\n" "$ROLE_NAME" "$password" |
        as_server_user "$user" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$state/socket" -p "$port" \
            -U "$user" -d postgres >&2 ||
        fail "creating the role $ROLE_NAME failed; the server's log is $state/server.log."

    local encoded url
    encoded=$(url_encode_password "$password")
    url="postgresql://$ROLE_NAME:$encoded@127.0.0.1:$port/$DATABASE_NAME"
    (
        umask 077
        echo "$url" >"$state/url"
        printf 'export VIXEN_GATE_TEST_DATABASE_URL=%q\n' "$url" >"$state/env"
    )
    echo "PostgreSQL is running on 127.0.0.1:$port and in $state/socket; stop it with" \
        "scripts/start-postgres.sh --stop $state" >&2
    echo "$url"
}

case ${1:-} in
    -h | --help)
        usage
        exit 0
        ;;
    --stop)
        [ $# -eq 2 ] || {
            usage >&2
            exit 1
        }
        stop_server "$2"
        exit 0
        ;;
esac
[ $# -le 1 ] || {
    usage >&2
    exit 1
}

bin=$(find_server_bin)
if [ -z "$bin" ]; then
    install_server
    bin=$(find_server_bin)
    [ -n "$bin" ] || fail "the postgresql package is installed, but initdb was still not found."
fi
if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ] || [ ! -x "$bin/psql" ]; then
    fail "'$bin' does not contain initdb, pg_ctl and psql. Set VIXEN_GATE_PG_BIN to the folder that does."
fi

state=${1:-$(mktemp -d "${TMPDIR:-/tmp}/vixen-gate-postgres.XXXXXX")}
if [ -e "$state" ] && [ -n "$(ls -A "$state")" ]; then
    fail "'$state' is not empty. Pass a new or empty folder."
fi
state=$(mkdir -p "$state" && cd "$state" && pwd -P)
case $state in
    *[[:space:]]*) fail "'$state' contains a space, which pg_ctl's server options cannot carry. Pass another folder." ;;
esac
# A Unix socket path may have at most 107 bytes on Linux.
[ ${#state} -le 80 ] || fail "'$state' is too long for a socket path. Pass a shorter folder, such as one in /tmp."

start_server "$state" "$bin" "$(server_user)"
