#!/usr/bin/env bash
# Installer smoke test (Linux, run as root or with sudo; CI calls it from .ci/run):
#   1. builds the .deb with packaging/build.sh            5. indexes and searches the sample corpus
#   2. installs it with dpkg -i                              with the installed CLI
#   3. runs the installed `relwb --version`              6. with the network blocked, runs the
#   4. loads the installed PyTorch/tokenizer natives         installed GUI with --smoke-test under Xvfb
#      offline and checks nothing gets unpacked          7. uninstalls (dpkg -r, then -P), checks nothing is left
#
#   packaging/smoke-test.sh [--deb FILE] [--skip-maven] [--model DIR] [--skip STEP]...
#     --deb FILE     test this .deb instead of building one
#     --skip-maven   passed to build.sh (reuse target/dist)
#     --model DIR    tiny cross-encoder for the GUI run (default src/test/resources/models/xmod-tiny)
#     --skip STEP    skip a step: natives, cli, gui (for debugging only; CI runs all)
# Every step prints what it checks; the first failure stops the script with exit status 1.
# Figures (installer size, build time, time to first search) are printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd -P)

deb=""
build_args=()
model="$repo/src/test/resources/models/xmod-tiny"
skip=" "
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb=$(readlink -f "$2"); shift 2 ;;
    --skip-maven) build_args+=(--skip-maven); shift ;;
    --model) model=$(readlink -f "$2"); shift 2 ;;
    --skip) skip="$skip$2 "; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "smoke-test: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

step=0
check() { step=$((step + 1)); printf '\n[smoke %d] %s\n' "$step" "$*"; }
ok() { printf '  ok: %s\n' "$*"; }
fail() { printf '\nsmoke-test FAILED at step %d: %s\n' "$step" "$*" >&2; exit 1; }
trap 'printf "\nsmoke-test FAILED at step %d (line %d: %s)\n" "$step" "$LINENO" "$BASH_COMMAND" >&2' ERR
skipped() { case "$skip" in *" $1 "*) return 0 ;; esac; return 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

query="why are there two high tides every day"   # en-tides-01 answers it (grade 3)
pkg=relwb
app=/opt/relwb
scratch=$(mktemp -d "${TMPDIR:-/tmp}/relwb-smoke.XXXXXX")
export RELWB_HOME="$scratch/home"     # keep the test's workspaces, cache and logs out of ~
figures=()

for tool in dpkg dpkg-deb unshare xvfb-run; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install dpkg util-linux xvfb)"
done

# --- 1. build ----------------------------------------------------------------------------------
if [ -z "$deb" ]; then
  check "build the .deb with packaging/build.sh"
  t0=$(date +%s)
  deb=$(packaging/build.sh "${build_args[@]}" | tail -1) || fail "packaging/build.sh failed"
  figures+=("build (app-image + deb): $(( $(date +%s) - t0 )) s")
fi
[ -n "${t0:-}" ] || check "the .deb to test"
[ -f "$deb" ] || fail "no .deb at '$deb'"
version=$(dpkg-deb -f "$deb" Version)
size_mb=$(du -m "$deb" | cut -f1)
ok "$deb, version $version, $size_mb MB"
figures+=("installer: $(basename "$deb") $size_mb MB, installed $(dpkg-deb -f "$deb" Installed-Size | awk '{printf "%d MB", $1/1024}')")

check "the .deb declares the GTK3/GL libraries JavaFX loads with dlopen"
depends=$(dpkg-deb -f "$deb" Depends)
for need in libgtk-3-0 libgl1 libxxf86vm1; do
  grep -q "$need" <<<"$depends" || fail "Depends lacks $need: $depends"
done
ok "Depends: $depends"

# --- 2. install --------------------------------------------------------------------------------
check "install with dpkg -i"
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
  echo "  $pkg is already installed: removing it first"
  as_root dpkg -r "$pkg" >/dev/null
fi
if ! as_root dpkg -i "$deb"; then
  echo "  dpkg -i stopped on missing dependencies; installing them with apt-get -f install"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq --no-install-recommends \
    || fail "dependencies of $deb could not be installed"
fi
dpkg-query -W -f='${Status}' "$pkg" | grep -q "install ok installed" || fail "$pkg is not installed"
for f in "$app/bin/relwb" "$app/bin/relevance-workbench" /usr/bin/relwb /usr/bin/relevance-workbench \
    "$app/lib/app/native/pytorch/libtorch_cpu.so" "$app/lib/app/native/tokenizers/libtokenizers.so" \
    "$app/lib/app/sample-corpora/sample/corpus.jsonl"; do
  [ -e "$f" ] || fail "missing after install: $f"
done
[ ! -e "$app"/lib/app/pytorch-native-cpu-*.jar ] || fail "the 111 MB libtorch jar should not be in the image"
desktop=/usr/share/applications/relwb-relevance-workbench.desktop
[ -f "$desktop" ] && grep -q "^Exec=.*relevance-workbench" "$desktop" || fail "no menu entry $desktop running relevance-workbench"
grep -q "^Categories=.*Development" "$desktop" || fail "$desktop has no Development category"
ok "installed in $app, commands in /usr/bin, menu entry $desktop"

# --- 3. version --------------------------------------------------------------------------------
check "the installed relwb --version"
out=$(relwb --version 2>/dev/null) || fail "relwb --version exited $?"
grep -q "^relwb $version" <<<"$out" || fail "relwb --version printed '$out', expected 'relwb $version'"
ok "$(head -1 <<<"$out")"

# --- 4. natives offline ------------------------------------------------------------------------
if ! skipped natives; then
  check "the installed libtorch and tokenizer load with no network and nothing is unpacked"
  java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
  [ -x "$java" ] || fail "no JDK 25 to run packaging/smoke/NativesCheck.java (set JAVA_HOME)"
  mkdir -p "$scratch/djl-cache"
  unshare -n "$java" --enable-native-access=ALL-UNNAMED -cp "$app/lib/app/*" \
    -DPYTORCH_LIBRARY_PATH="$app/lib/app/native/pytorch" \
    -DRUST_LIBRARY_PATH="$app/lib/app/native/tokenizers/libtokenizers.so" \
    -DDJL_CACHE_DIR="$scratch/djl-cache" -Dai.djl.offline=true -Drelwb.logDir="$scratch" \
    packaging/smoke/NativesCheck.java src/test/resources/tokenizers/hand/tokenizer.json 2>"$scratch/natives.err" \
    | sed 's/^/  /' || { tail -20 "$scratch/natives.err"; fail "natives did not load from $app"; }
  grep -q -- "-DPYTORCH_LIBRARY_PATH=\$APPDIR/native/pytorch" "$app/lib/app/relwb.cfg" \
    || fail "the relwb launcher does not point DJL at the unpacked natives"
  ok "the launchers point PYTORCH_LIBRARY_PATH/RUST_LIBRARY_PATH at them"
  check "the PYTORCH_LIBRARY_PATH environment variable wins over the launchers' property (README, GPU)"
  alt="$scratch/other-libtorch"
  mkdir -p "$alt"
  for f in "$app/lib/app/native/pytorch"/*; do ln -s "$f" "$alt/"; done
  out=$(PYTORCH_LIBRARY_PATH="$alt" unshare -n "$java" --enable-native-access=ALL-UNNAMED -cp "$app/lib/app/*" \
    -DPYTORCH_LIBRARY_PATH="$app/lib/app/native/pytorch" \
    -DRUST_LIBRARY_PATH="$app/lib/app/native/tokenizers/libtokenizers.so" \
    -DDJL_CACHE_DIR="$scratch/djl-cache" -Dai.djl.offline=true -Drelwb.logDir="$scratch" \
    packaging/smoke/NativesCheck.java src/test/resources/tokenizers/hand/tokenizer.json 2>"$scratch/natives-env.err") \
    || { tail -20 "$scratch/natives-env.err"; fail "natives did not load from $alt"; }
  grep -q "from $alt" <<<"$out" || fail "libtorch came from the property, not PYTORCH_LIBRARY_PATH=$alt: $out"
  ok "libtorch loaded from PYTORCH_LIBRARY_PATH=$alt although the property points at the bundled one"
  if [ "$(uname -m)" = x86_64 ] && [ -f target/native/librelwb-mkldispatch.so ]; then
    check "the MKL CPU-dispatch library is installed and the /usr/bin wrappers preload it on AMD CPUs"
    lib="$app/lib/app/native/librelwb-mkldispatch.so"
    [ -f "$lib" ] || fail "$lib is missing from the package"
    err=$(LD_PRELOAD="$lib" /bin/true 2>&1) && [ -z "$err" ] || fail "$lib does not preload: $err"
    grep -q 'lib/app/native/librelwb-mkldispatch.so' "$(readlink -f /usr/bin/relwb)" \
      || fail "/usr/bin/relwb does not preload $lib"
    ok "$lib preloads cleanly and /usr/bin/relwb sets LD_PRELOAD to it on AMD CPUs"
  fi
fi

# --- 5. CLI index + search ---------------------------------------------------------------------
if ! skipped cli; then
  sample="$app/lib/app/sample-corpora/sample"
  check "index the sample corpus with the installed CLI"
  t0=$(date +%s%N)
  relwb index --workspace smoke --beir "$sample" || fail "relwb index --workspace smoke --beir $sample failed"
  check "search it with the installed CLI"
  out=$(relwb search --workspace smoke "$query") \
    || fail "relwb search --workspace smoke failed"
  t1=$(date +%s%N)
  printf '%s\n' "$out" | head -5 | sed 's/^/  /'
  grep -q "en-tides-01" <<<"$out" || fail "the search did not return en-tides-01"
  ok "en-tides-01 found"
  figures+=("fresh install, index of the sample (303 passages) + first search: $(( (t1 - t0) / 1000000 )) ms")
fi

# --- 6. GUI, offline, under Xvfb ---------------------------------------------------------------
if ! skipped gui; then
  check "the installed GUI --smoke-test with the network blocked (unshare -n, xvfb-run)"
  [ -f "$model/config.json" ] || fail "no tiny model at $model (pass --model DIR)"
  shot="$scratch/smoke-screenshot.png"
  t0=$(date +%s)
  unshare -n xvfb-run -a -s "-screen 0 1280x800x24" \
    relevance-workbench --smoke-test --model "$model" --query "$query" --screenshot "$shot" \
    || fail "relevance-workbench --smoke-test exited $?"
  [ -s "$shot" ] && file "$shot" | grep -q "PNG image" || fail "no screenshot at $shot"
  ok "exit 0 in $(( $(date +%s) - t0 )) s, screenshot $shot ($(du -k "$shot" | cut -f1) KB)"
  [ -n "${RELWB_SMOKE_KEEP_SCREENSHOT:-}" ] && cp "$shot" "$RELWB_SMOKE_KEEP_SCREENSHOT"
fi

# --- 7. uninstall ------------------------------------------------------------------------------
check "uninstall with dpkg -r"
as_root dpkg -r "$pkg" || fail "dpkg -r $pkg failed"
! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || fail "$pkg is still installed"
for f in "$app" /usr/bin/relwb /usr/bin/relevance-workbench "$desktop"; do
  [ ! -e "$f" ] && [ ! -L "$f" ] || fail "left behind after dpkg -r: $f"
done
ok "no files left in $app, /usr/bin or /usr/share/applications"
# dpkg -r keeps the status entry ("config-files") because the package has maintainer scripts; purge it
as_root dpkg -P "$pkg" >/dev/null || fail "dpkg -P $pkg failed"
! dpkg-query -W "$pkg" >/dev/null 2>&1 || fail "dpkg still knows $pkg after purge"
ok "purged: dpkg no longer lists $pkg"

rm -rf "$scratch"
printf '\nsmoke-test passed\n'
for f in "${figures[@]}"; do printf '  %s\n' "$f"; done
