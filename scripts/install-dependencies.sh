#!/usr/bin/env bash
# Installs the system packages that building and testing vixen-gate need, and only those that are missing.
#
# Debian and Ubuntu use apt-get, as root or through sudo. macOS uses Homebrew as the current user.
# A machine that already has everything runs no package manager and needs no root.
# The Swift toolchain must already be on PATH, because this script does not install it.
#
# Usage: scripts/install-dependencies.sh [--check | --dry-run]
#
# Uses nothing newer than bash 3.2, the version macOS ships: no associative arrays, no mapfile, and empty
# arrays are expanded only where `set -u` allows it.
set -euo pipefail

readonly SCRIPT_NAME="install-dependencies"

# Each line is one requirement: its probe, then the apt package and the Homebrew formula that provide it.
# A probe is `command:NAME` (an executable on PATH) or `pkg-config:MODULE` (a library pkg-config can find).
# A formula of `-` means the Xcode Command Line Tools provide it on macOS.
readonly REQUIREMENTS=(
    "command:git           git          -"
    "command:python3       python3      -"
    "command:pkg-config    pkg-config   pkg-config"
    "pkg-config:libgit2    libgit2-dev  libgit2"
    "pkg-config:yaml-0.1   libyaml-dev  libyaml"
    "pkg-config:libhs      libvectorscan-dev  vectorscan"
    "pkg-config:libpcre2-8 libpcre2-dev       pcre2"
)

usage() {
    cat <<'EOF'
Usage: scripts/install-dependencies.sh [--check | --dry-run]

Installs the system packages that building and testing vixen-gate need, when they are missing:
  Debian, Ubuntu (apt-get): git python3 pkg-config libgit2-dev libyaml-dev libvectorscan-dev libpcre2-dev
  macOS (Homebrew):         pkg-config libgit2 libyaml vectorscan pcre2 (git and python3 come with the Xcode
                            Command Line Tools)

Options:
  --check     List what is missing and exit with status 1 if anything is, without installing.
  --dry-run   Print the install commands instead of running them.
  -h, --help  Show this help.

Runs apt-get directly as root and through sudo otherwise. Homebrew runs as the current user.
EOF
}

fail() {
    echo "$SCRIPT_NAME: error: $*" >&2
    exit 1
}

# Succeeds when the probe finds what it describes.
probe_succeeds() {
    local probe=$1
    local kind=${probe%%:*}
    local name=${probe#*:}

    case $kind in
        command)
            command -v "$name" >/dev/null 2>&1
            ;;
        pkg-config)
            command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$name"
            ;;
        *)
            fail "invalid probe '$probe' in REQUIREMENTS: use command:NAME or pkg-config:MODULE."
            ;;
    esac
}

describe_probe() {
    local probe=$1
    case ${probe%%:*} in
        command) echo "command ${probe#*:}" ;;
        *) echo "pkg-config module ${probe#*:}" ;;
    esac
}

# Prints one line per requirement and fills MISSING_PACKAGES with what the platform's package manager must install.
collect_missing() {
    MISSING_PACKAGES=()
    MISSING_FROM_XCODE=()

    local line probe apt_package brew_formula package
    for line in "${REQUIREMENTS[@]}"; do
        read -r probe apt_package brew_formula <<<"$line"
        if [ "$PLATFORM" = apt ]; then
            package=$apt_package
        else
            package=$brew_formula
        fi

        if probe_succeeds "$probe"; then
            echo "  found    $(describe_probe "$probe")"
        elif [ "$package" = "-" ]; then
            echo "  missing  $(describe_probe "$probe"), which comes with the Xcode Command Line Tools"
            MISSING_FROM_XCODE+=("${probe#*:}")
        else
            echo "  missing  $(describe_probe "$probe"), from package $package"
            MISSING_PACKAGES+=("$package")
        fi
    done
}

# Runs a command, or only prints it with --dry-run.
run() {
    echo "+ $*"
    if [ "$DRY_RUN" = false ]; then
        "$@"
    fi
}

install_with_apt() {
    local privilege=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 ||
            fail "installing ${MISSING_PACKAGES[*]} needs root, and sudo was not found." \
                "Run this script as root, or install sudo."
        privilege=(sudo)
    fi

    echo "Installing with apt-get: ${MISSING_PACKAGES[*]}"
    # `env` carries DEBIAN_FRONTEND through sudo, whose env_reset would otherwise drop it.
    run ${privilege[@]+"${privilege[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update
    run ${privilege[@]+"${privilege[@]}"} env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${MISSING_PACKAGES[@]}"
}

install_with_brew() {
    if [ ${#MISSING_FROM_XCODE[@]} -gt 0 ]; then
        fail "${MISSING_FROM_XCODE[*]} not found. Install the Xcode Command Line Tools with" \
            "'xcode-select --install', then run this script again."
    fi
    if [ "$(id -u)" -eq 0 ]; then
        fail "Homebrew does not run as root. Run this script again as your own user."
    fi
    command -v brew >/dev/null 2>&1 ||
        fail "Homebrew was not found, and ${MISSING_PACKAGES[*]} must be installed." \
            "Install Homebrew from https://brew.sh, then run this script again."

    echo "Installing with Homebrew: ${MISSING_PACKAGES[*]}"
    run brew install "${MISSING_PACKAGES[@]}"
}

MODE=install
DRY_RUN=false
while [ $# -gt 0 ]; do
    case $1 in
        --check) MODE=check ;;
        --dry-run) DRY_RUN=true ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            fail "unknown option '$1'."
            ;;
    esac
    shift
done

case $(uname -s) in
    Linux)
        command -v apt-get >/dev/null 2>&1 ||
            fail "apt-get was not found. This script supports Debian and Ubuntu. On another Linux, install git," \
                "python3, pkg-config and the development files of libgit2, libyaml, Vectorscan and PCRE2 with its" \
                "package manager."
        PLATFORM=apt
        ;;
    Darwin)
        PLATFORM=brew
        ;;
    *)
        fail "unsupported system '$(uname -s)'. This script supports Debian, Ubuntu and macOS."
        ;;
esac

echo "Checking build and test dependencies:"
collect_missing
missing_count=$((${#MISSING_PACKAGES[@]} + ${#MISSING_FROM_XCODE[@]}))

if [ "$missing_count" -eq 0 ]; then
    echo "All dependencies are present; nothing to install."
    exit 0
fi
if [ "$MODE" = check ]; then
    echo "$missing_count missing. Run scripts/install-dependencies.sh without --check to install them." >&2
    exit 1
fi

if [ "$PLATFORM" = apt ]; then
    install_with_apt
else
    install_with_brew
fi

if [ "$DRY_RUN" = true ]; then
    exit 0
fi

echo "Checking again after the install:"
collect_missing
if [ $((${#MISSING_PACKAGES[@]} + ${#MISSING_FROM_XCODE[@]})) -gt 0 ]; then
    fail "dependencies are still missing after the install (the lines marked 'missing' above)." \
        "Check the package manager's output above."
fi
echo "All dependencies are present."
