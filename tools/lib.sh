# SPDX-License-Identifier: GPL-3.0-or-later
# Shared helpers for tools/setup, tools/shell, tools/run and tools/test. Sourced, never executed.
# The build environment is either this host (Debian >= 13, Ubuntu >= 25.04) or a Debian 13 build root
# made with debootstrap and entered through a private mount namespace, so nothing stays mounted.

set -euo pipefail

DW_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DW_BUILD="${DOCKWRIGHT_BUILD_DIR:-$DW_SRC/build}"
DW_SUITE="${DOCKWRIGHT_SUITE:-trixie}"
DW_ROOT="${DOCKWRIGHT_BUILDROOT:-/var/cache/dockwright/$DW_SUITE-root}"
DW_MIRROR="${DOCKWRIGHT_MIRROR:-}"

# Packages of the build environment. The build root keeps a copy of this list (.dockwright-packages), so
# editing the list makes the next tools/setup install what is new. python3 runs the benchmark scripts;
# podman (with catatonit, its --init) is the engine matrix's Podman, openssh-server the loopback sshd of the ssh:// tests, openbox the
# window manager of GUI walkthroughs, patchelf the bundle's loader paths; Qt's xcb plugin needs libxcb-cursor0;
# clang-format runs the layout check (the clang_format test, tools/check-format); libyaml reads .hadolint.yaml.
DW_PACKAGES=(
    g++ cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libkf6syntaxhighlighting-dev libqscintilla2-qt6-dev libarchive-dev libzstd-dev
    libprotobuf-dev protobuf-compiler libgl-dev
    xvfb xauth x11-apps imagemagick fonts-dejavu-core xdotool
    appstream desktop-file-utils dpkg-dev file
    busybox-static docker.io docker-cli docker-buildx iptables iproute2 procps util-linux curl
    clang libclang-rt-dev clang-format python3
    podman openssh-server openssh-client openbox patchelf libxcb-cursor0 qt6-svg-plugins catatonit
    libyaml-dev
)

say()  { printf '\033[1;34m[dockwright]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[dockwright] warning:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[dockwright] error:\033[0m %s\n' "$*" >&2; exit 1; }

# True when this host can build natively (ships Qt >= 6.8, KF6 and libarchive >= 3.7).
dw_host_is_native() {
    [ "${DOCKWRIGHT_NATIVE:-}" = 1 ] && return 0
    [ "${DOCKWRIGHT_NATIVE:-}" = 0 ] && return 1
    [ -r /etc/os-release ] || return 1
    # shellcheck disable=SC1091
    . /etc/os-release
    case "${ID:-}" in
        debian)
            local major="${VERSION_ID%%.*}"
            [ -n "$major" ] && [ "$major" -ge 13 ] 2>/dev/null && return 0
            # testing/sid have no VERSION_ID
            [ -z "${VERSION_ID:-}" ] && return 0 ;;
        ubuntu)
            local y="${VERSION_ID%%.*}" m="${VERSION_ID#*.}"
            [ "$y" -gt 25 ] 2>/dev/null && return 0
            [ "$y" -eq 25 ] 2>/dev/null && [ "${m#0}" -ge 4 ] 2>/dev/null && return 0 ;;
    esac
    return 1
}

# Re-executes the calling script as root (through sudo) when it is not, or explains why it cannot.
dw_need_root() {
    [ "$(id -u)" -eq 0 ] && return 0
    if command -v sudo >/dev/null 2>&1; then
        say "root is needed for $1; re-running through sudo"
        # sudo resets the environment; the caller's goes along in a file only the caller can read, so the
        # build environment gets it back (tools/libexec/enter) without it showing in a process list.
        local envfile rc=0
        envfile="$(mktemp "${TMPDIR:-/tmp}/dockwright-env.XXXXXX")"
        env -0 > "$envfile"
        sudo --preserve-env=DOCKWRIGHT_BUILDROOT,DOCKWRIGHT_BUILD_DIR,DOCKWRIGHT_MIRROR,DOCKWRIGHT_NATIVE,DOCKWRIGHT_TEST_ENGINE,DOCKWRIGHT_REQUIRE_ENGINE,DOCKER_HOST,DISPLAY,XAUTHORITY,CI \
            DW_CALLER_UID="$(id -u)" DW_CALLER_GID="$(id -g)" DW_CALLER_HOME="$HOME" DW_CALLER_ENV_FILE="$envfile" \
            "$0" "${DW_ARGS[@]}" || rc=$?
        rm -f "$envfile"
        exit "$rc"
    fi
    die "$1 needs root, and sudo is not installed. Run as root, or install sudo and allow this user to use it."
}

dw_packages_stamp() { printf '%s\n' "${DW_PACKAGES[@]}"; }

dw_apt_install() {
    # $1: prefix command (empty for the host, "chroot ROOT" style runner otherwise)
    local runner=("$@")
    "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        || die "apt-get update failed: is the Debian package mirror reachable from this machine?"
    "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${DW_PACKAGES[@]}" \
        || die "apt-get install failed (see above). Re-run tools/setup; if a package is missing, check the mirror."
}

# Runs CMD in the build environment: directly on a native host, else inside the build root.
dw_run_in_env() {
    if dw_host_is_native; then
        "$@"
    else
        [ -x "$DW_ROOT/usr/bin/cmake" ] || die "the build root $DW_ROOT is not set up yet: run tools/setup first."
        dw_enter_root "$@"
    fi
}

dw_enter_root() {
    unshare --mount --propagation private -- "$DW_SRC/tools/libexec/enter" \
        "$DW_ROOT" "$DW_SRC" "$DW_BUILD" "$PWD" "$@"
}

# Creates (or reuses) the Debian 13 build root and installs DW_PACKAGES into it.
dw_ensure_root() {
    local done_mark="$DW_ROOT/.dockwright-bootstrap-done" pkg_mark="$DW_ROOT/.dockwright-packages"
    if [ ! -e "$done_mark" ]; then
        command -v debootstrap >/dev/null 2>&1 || {
            say "installing debootstrap on the host"
            if command -v apt-get >/dev/null 2>&1; then
                DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null || die "apt-get update failed: no network to the package mirror?"
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null \
                    || die "could not install debootstrap; install it by hand (apt-get install debootstrap)."
            else
                die "debootstrap is missing and this host has no apt-get; install debootstrap."
            fi
        }
        say "creating a Debian 13 ($DW_SUITE) build root in $DW_ROOT (about a minute; set DOCKWRIGHT_BUILDROOT to put it elsewhere)"
        rm -rf "$DW_ROOT.partial"
        mkdir -p "$(dirname "$DW_ROOT")"
        local mirror=()
        [ -n "$DW_MIRROR" ] && mirror=("$DW_MIRROR")
        debootstrap --variant=minbase "$DW_SUITE" "$DW_ROOT.partial" "${mirror[@]}" >"$(dirname "$DW_ROOT")/debootstrap.log" 2>&1 \
            || die "debootstrap failed (log: $(dirname "$DW_ROOT")/debootstrap.log). Is the Debian mirror reachable?"
        rm -rf "$DW_ROOT"
        mv "$DW_ROOT.partial" "$DW_ROOT"
        touch "$DW_ROOT/.dockwright-bootstrap-done"
    else
        say "reusing the build root in $DW_ROOT"
    fi
    if [ "$(cat "$pkg_mark" 2>/dev/null)" != "$(dw_packages_stamp)" ]; then
        say "installing the build packages into the build root (Qt 6, KF6, QScintilla, libarchive, docker.io, ...)"
        cp -L /etc/resolv.conf "$DW_ROOT/etc/resolv.conf" 2>/dev/null || true
        # Services must not start inside the root during installation.
        printf '#!/bin/sh\nexit 101\n' > "$DW_ROOT/usr/sbin/policy-rc.d"; chmod +x "$DW_ROOT/usr/sbin/policy-rc.d"
        export DW_KEEP_ROOT=1; dw_apt_install dw_enter_root; unset DW_KEEP_ROOT
        dw_packages_stamp > "$pkg_mark"
    fi
}

dw_configure_and_build() {
    local preset_args=(-G Ninja -DCMAKE_BUILD_TYPE="${DOCKWRIGHT_BUILD_TYPE:-RelWithDebInfo}")
    if [ ! -f "$DW_BUILD/build.ninja" ]; then
        say "configuring in $DW_BUILD"
        dw_run_in_env cmake -S "$DW_SRC" -B "$DW_BUILD" "${preset_args[@]}" || die "CMake configuration failed (see above)."
    fi
    say "building"
    dw_run_in_env cmake --build "$DW_BUILD" || die "the build failed (see above)."
}
