#!/usr/bin/env bash
# The one build entry point, used locally and by CI (.ci/run).
#   build/build.sh [prereqs|build|test|pack|bench|ci]...   (default: ci = prereqs build test)
# `test` ends with one line "N passed, N failed" summed over every test project.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration="${CONFIGURATION:-Release}"
artifacts="$root/artifacts"

log() { printf '==> %s\n' "$*" >&2; }

# Debian packages the end-to-end tests drive. Missing ones are installed when we can (root + apt-get);
# otherwise the tests that need them fail and say what to install.
required_packages=(docker-registry apache2-utils skopeo golang-docker-credential-helpers pass gnupg openssl)
required_commands=(docker-registry htpasswd skopeo docker-credential-pass pass gpg openssl)

prereqs() {
  local missing=() packages=("${required_packages[@]}")
  for c in "${required_commands[@]}"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  # podman is optional: its login test fails naming it when it cannot be installed.
  command -v podman >/dev/null 2>&1 || { missing+=(podman); packages+=(podman); }
  # The linux-arm64 native tool is cross-compiled with clang and Debian's aarch64 toolchain, and its tests run it
  # under qemu: without them the build skips it and those tests fail naming it.
  local c
  for c in clang:clang aarch64-linux-gnu-gcc:gcc-aarch64-linux-gnu qemu-aarch64:qemu-user; do
    command -v "${c%%:*}" >/dev/null 2>&1 || { missing+=("${c%%:*}"); packages+=("${c##*:}"); }
  done
  [ -e /usr/aarch64-linux-gnu/lib/libc.so ] || { missing+=(aarch64-libc); packages+=(libc6-dev-arm64-cross); }
  if [ ${#missing[@]} -eq 0 ]; then log "prerequisites present"; return 0; fi
  log "missing commands: ${missing[*]}"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing: ${packages[*]}"
    apt-get update -qq >/dev/null 2>&1 || log "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null 2>&1 \
      || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${required_packages[@]}" >/dev/null 2>&1 \
      || log "apt-get install failed; the tests that need these tools will fail and name them"
  else
    log "cannot install (need root and apt-get): sudo apt-get install ${packages[*]}"
  fi
}

build() {
  log "build ($configuration)"
  dotnet build PullSecretTasks.sln -c "$configuration" -nologo -v:q || return 1
  # The tool ships as Native AOT for linux-x64: compile it once here (about 2 minutes on 2 cores), so packing it
  # later (the package tests, `pack`) only collects the result.
  # The MSBuild task and Cake addin assemblies ship as ReadyToRun images for linux-x64 (IL kept for other platforms).
  log "publish the ReadyToRun task and addin assemblies (linux-x64)"
  dotnet publish src/PullSecretTasks.MSBuild -c "$configuration" -r linux-x64 -nologo -v:q || return 1
  dotnet publish src/Cake.PullSecretTasks -c "$configuration" -r linux-x64 -nologo -v:q || return 1
  if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
    log "publish the native tool (linux-x64)"
    dotnet publish src/PullSecretTasks.Tool -c "$configuration" -r linux-x64 -nologo -v:q || return 1
    if can_cross_arm64; then
      log "publish the native tool (linux-arm64, cross-compiled)"
      dotnet publish src/PullSecretTasks.Tool -c "$configuration" -r linux-arm64 -nologo -v:q || return 1
    else
      log "no aarch64 cross toolchain (build/build.sh prereqs installs it): the linux-arm64 native tool is not built"
    fi
  fi
}

# clang links for the target, with the aarch64 C runtime and gcc's start files from Debian's cross packages.
can_cross_arm64() {
  command -v clang >/dev/null 2>&1 && command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 && [ -e /usr/aarch64-linux-gnu/lib/libc.so ]
}

pack() {
  log "pack -> $artifacts/packages"
  rm -rf "$artifacts/packages"
  dotnet pack PullSecretTasks.sln -c "$configuration" -o "$artifacts/packages" -nologo -v:q || return 1
  # The tool's RID packages: the portable fallback, and the native one where this machine can compile it.
  dotnet pack src/PullSecretTasks.Tool -c "$configuration" -r any -o "$artifacts/packages" -nologo -v:q || return 1
  if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
    dotnet pack src/PullSecretTasks.Tool -c "$configuration" -r linux-x64 -o "$artifacts/packages" -nologo -v:q || return 1
    if can_cross_arm64; then
      dotnet pack src/PullSecretTasks.Tool -c "$configuration" -r linux-arm64 -o "$artifacts/packages" -nologo -v:q || return 1
    fi
  fi
}

run_tests() {
  mkdir -p "$artifacts"
  local out="$artifacts/test-output.txt" rc
  log "test"
  dotnet test --solution PullSecretTasks.sln -c "$configuration" --no-build 2>&1 | tee "$out"
  rc=${PIPESTATUS[0]}
  local total failed passed
  total=$(grep -E '^\s+total: [0-9]+' "$out" | tail -1 | grep -oE '[0-9]+')
  failed=$(grep -E '^\s+failed: [0-9]+' "$out" | tail -1 | grep -oE '[0-9]+')
  passed=$(grep -E '^\s+succeeded: [0-9]+' "$out" | tail -1 | grep -oE '[0-9]+')
  total=${total:-0}; failed=${failed:-0}; passed=${passed:-0}
  # A crashed test host or a skipped test is not a pass: count it as a failure.
  local skipped; skipped=$(grep -E '^\s+skipped: [0-9]+' "$out" | tail -1 | grep -oE '[0-9]+'); skipped=${skipped:-0}
  failed=$((failed + skipped))
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

# Side by side timings of pullsecret and kubectl doing the same work (not part of ci: speed is never a test). Needs
# `build` first (the native tool) and GNU time for peak RSS; writes docs/performance.md and docs/performance.svg.
bench() {
  log "bench (Release)"
  command -v /usr/bin/time >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1; }
  dotnet build tests/PullSecretTasks.Benchmarks -c Release -nologo -v:q || return 1
  dotnet tests/PullSecretTasks.Benchmarks/bin/Release/net10.0/PullSecretTasks.Benchmarks.dll "${BENCH_PAIRS:-9}"
}

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(ci)
status=0
for t in "${targets[@]}"; do
  case "$t" in
    prereqs) prereqs ;;
    build) build || status=1 ;;
    pack) pack || status=1 ;;
    test) run_tests || status=1 ;;
    bench) bench || status=1 ;;
    ci)
      prereqs
      if build; then run_tests || status=1; else echo "0 passed, 1 failed"; status=1; fi ;;
    *) echo "unknown target: $t" >&2; exit 2 ;;
  esac
done
exit $status
