#!/usr/bin/env bash
# Builds the Relevance Workbench desktop app with jpackage: an app-image and, on Linux, a .deb
# (on Windows an .msi, on macOS a .dmg, from the per-OS option files in packaging/jpackage/).
#
#   packaging/build.sh                 app-image + the OS installer (deb / msi / dmg)
#   packaging/build.sh --image-only    app-image only (about 30 s; the .deb adds about 4-5 min)
#   packaging/build.sh --skip-maven    reuse target/dist/lib instead of running ./mvnw package
#
# Output: target/jpackage/image/<app> and target/jpackage/installer/<package>.
# Needs JDK 25 (JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64); on Linux also fakeroot, dpkg-deb,
# strip and unzip. Nothing is downloaded except Maven dependencies by ./mvnw.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)

image_only=false
skip_maven=false
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    --skip-maven) skip_maven=true ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'build.sh: %s\n' "$*" >&2; }
die() { printf 'build.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# --- JDK and platform ------------------------------------------------------------------------
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/jpackage" ]; then
  for c in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
    if [ -x "$c/bin/jpackage" ]; then export JAVA_HOME="$c"; break; fi
  done
fi
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] || die "no jpackage found: set JAVA_HOME to a JDK 25"
"$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25' || die "JAVA_HOME=$JAVA_HOME is not a JDK 25"
jpackage="$JAVA_HOME/bin/jpackage"

case "$(uname -s)" in
  Linux)  os=linux;   natives=linux-x86_64; installer=deb; so=so ;;
  Darwin) os=mac;     natives=osx-aarch64;  installer=dmg; so=dylib ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; natives=win-x86_64; installer=msi; so=dll ;;
  *) die "unsupported OS $(uname -s)" ;;
esac

version=$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -1)
[ -n "$version" ] || die "cannot read the project version from pom.xml"
app_version=${version%%-*}   # jpackage wants digits and dots only

# --- 1. target/dist (bin/relwb + lib/*.jar + sample-corpora/) ---------------------------------
if ! $skip_maven || [ ! -d target/dist/lib ]; then
  say "building target/dist with ./mvnw package"
  ./mvnw -B -ntp -q package -DskipTests
fi
main_jar="relwb-$version.jar"
[ -f "target/dist/lib/$main_jar" ] || die "target/dist/lib/$main_jar missing: run ./mvnw package"
[ -f target/dist/sample-corpora/sample/corpus.jsonl ] || die "target/dist/sample-corpora missing: run ./mvnw package"

work=target/jpackage
rm -rf "$work"
mkdir -p "$work/input/native/pytorch" "$work/input/native/tokenizers" "$work/image" "$work/installer"
input="$work/input"

# --- 2. jpackage input: jars (minus the 111 MB libtorch jar), natives unpacked, samples -------
say "staging $input"
native_jar=$(ls target/dist/lib/pytorch-native-cpu-*-"$natives".jar 2>/dev/null | head -1)
jni_jar=$(ls target/dist/lib/pytorch-jni-*.jar | head -1)
tok_jar=$(ls target/dist/lib/tokenizers-*.jar | head -1)
[ -n "$native_jar" ] || die "no pytorch-native-cpu jar for $natives in target/dist/lib"
for jar in target/dist/lib/*.jar; do
  [ "$jar" = "$native_jar" ] || cp "$jar" "$input/"
done
unzip -q -j -o "$native_jar" "pytorch/cpu/$natives/*" -d "$input/native/pytorch"
unzip -q -j -o "$jni_jar" "jnilib/$natives/cpu/*" -d "$input/native/pytorch"
unzip -q -j -o "$tok_jar" "native/lib/$natives/cpu/*" -d "$input/native/tokenizers"
cp -R target/dist/sample-corpora "$input/sample-corpora"
# the MKL CPU-dispatch library the Linux wrappers preload (built by the pom when cc exists; ADR 0008)
if [ -d target/dist/lib/native ]; then
  cp target/dist/lib/native/*."$so" "$input/native/" 2>/dev/null || true
fi
if [ "$os" = linux ]; then
  before=$(du -sm "$input/native" | cut -f1)
  strip --strip-unneeded "$input"/native/pytorch/*.so* "$input"/native/tokenizers/*.so
  say "stripped natives: ${before} MB -> $(du -sm "$input/native" | cut -f1) MB"
fi
case "$os" in
  windows) tok_lib=tokenizers.dll ;;
  *) tok_lib=libtokenizers.$so ;;
esac
[ -f "$input/native/tokenizers/$tok_lib" ] || die "tokenizers library $tok_lib not found in $tok_jar"

# --- 3. launchers: GUI (main) and the relwb CLI -----------------------------------------------
# Same JVM flags as src/dist/bin/relwb, plus the pre-unpacked natives: DJL loads libtorch and
# libdjl_torch from PYTORCH_LIBRARY_PATH and the tokenizer from RUST_LIBRARY_PATH (a file: a
# folder makes DJL 0.36 fail), so the first start unpacks nothing and needs no network.
java_opts=(-Xmx3g -XX:+UseG1GC --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED
  -Dai.djl.offline=true -DOPT_OUT_TRACKING=true
  '-DPYTORCH_LIBRARY_PATH=$APPDIR/native/pytorch'
  "-DRUST_LIBRARY_PATH=\$APPDIR/native/tokenizers/$tok_lib"
  '-Drelwb.samples=$APPDIR/sample-corpora')
cli_props="$work/relwb-cli.properties"
{
  echo "# the relwb command-line launcher (same main class, not a GUI app)"
  echo "main-class=dev.relwb.app.Launcher"
  echo "description=Relevance Workbench command line"
  echo "java-options=${java_opts[*]}"
  echo "linux-shortcut=false"
  echo "win-console=true"
  echo "win-shortcut=false"
  echo "win-menu=false"
} > "$cli_props"

gui_args=()
for o in "${java_opts[@]}"; do gui_args+=(--java-options "$o"); done
gui_args+=(--java-options -Drelwb.launcher=gui)

# --- 4. app-image ------------------------------------------------------------------------------
say "jpackage --type app-image ($os, version $app_version)"
t0=$(date +%s)
"$jpackage" --type app-image --dest "$work/image" --input "$input" \
  --main-jar "$main_jar" --main-class dev.relwb.app.Launcher \
  --app-version "$app_version" --vendor "Relevance Workbench project" \
  --description "Search-relevance workbench: BM25, mono-XM reranking, judging and evaluation" \
  --copyright "Relevance Workbench contributors" \
  --add-modules java.se,jdk.unsupported,jdk.incubator.vector,jdk.zipfs,jdk.management,jdk.charsets \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands" \
  "${gui_args[@]}" \
  --add-launcher "relwb=$cli_props" \
  "@packaging/jpackage/$os-image.opts"
image=$(find "$work/image" -mindepth 1 -maxdepth 1 | head -1)

if [ "$os" = linux ]; then
  # jpackage launchers cannot set environment variables, but glibc reads its malloc settings from
  # the environment at process start. These wrappers set the same values as src/dist/bin/relwb and
  # exec the native launchers; the .deb links them as /usr/bin/relwb and /usr/bin/relevance-workbench.
  mkdir -p "$image/lib/launch"
  for l in relwb relevance-workbench; do
    sed "s/@LAUNCHER@/$l/" packaging/linux/launch.sh.in > "$image/lib/launch/$l"
    chmod 755 "$image/lib/launch/$l"
  done
fi
say "app-image $image: $(du -sm "$image" | cut -f1) MB in $(( $(date +%s) - t0 )) s"
$image_only && exit 0

# --- 5. installer --------------------------------------------------------------------------------
say "jpackage --type $installer (this is the slow part: compressing about 500 MB)"
t0=$(date +%s)
"$jpackage" --type "$installer" --dest "$work/installer" --app-image "$image" \
  --name "$(basename "$image" .app)" --app-version "$app_version" \
  --vendor "Relevance Workbench project" \
  --description "Search-relevance workbench: BM25, mono-XM reranking, judging and evaluation" \
  "@packaging/jpackage/$os-$installer.opts"
pkg=$(find "$work/installer" -mindepth 1 -maxdepth 1 -type f | head -1)
[ -n "$pkg" ] || die "jpackage produced no $installer"
say "installer $pkg: $(du -m "$pkg" | cut -f1) MB in $(( $(date +%s) - t0 )) s"
echo "$pkg"
