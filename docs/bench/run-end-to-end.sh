#!/usr/bin/env bash
# The end-to-end benchmarks of docs/performance.md ("End to end"), run from anywhere in the project:
#
#   docs/bench/run-end-to-end.sh build               the jar (production bundle), the test classes and their class path,
#                                                    the standalone vis-timeline package (every other command builds
#                                                    what is missing; run this after changing code)
#   docs/bench/run-end-to-end.sh paint [URL] [...]   timeline painted after navigation + the plain vis-timeline page
#   docs/bench/run-end-to-end.sh memory [...]        server memory per open session on /timeline
#   docs/bench/run-end-to-end.sh api [URL] [...]     the read API under load from wrk
#   docs/bench/run-end-to-end.sh startup [...]       start-up to ready
#   docs/bench/run-end-to-end.sh profile FILE.jfr    where a recording's CPU samples went
#   docs/bench/run-end-to-end.sh all                 paint, memory, api and startup on the corpus database
#
# Without a URL each benchmark starts target/br-timeline-*.jar itself on a free port, on the corpus-only database in
# target/bench/corpus unless given --spring.datasource.url=… (and --app.search.index-root=…). Options for that JVM:
# --jvm=-Xmx2g (repeatable). The options of each benchmark are in its class's Javadoc (src/test/java/org/brtimeline/bench).
# Every report goes to the terminal and to target/bench/<benchmark>-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
CLASSPATH_FILE=target/benchmark.classpath
VIS_VERSION=$(grep -o 'NpmPackage(value = "vis-timeline", version = "[^"]*"' \
  src/main/java/org/brtimeline/timeline/ui/VisTimeline.java | grep -o '[0-9][0-9.]*')
VIS=target/bench/vis-timeline/package

build() {
  ./mvnw -o -q package -DskipTests
  ./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
  vis_timeline
}

# The standalone (UMD) build of the vis-timeline version the application uses, for the plain page: from the
# Vaadin build's node_modules when there is one, else the package from npm (its cache first).
vis_timeline() {
  [ -f "$VIS/standalone/umd/vis-timeline-graph2d.min.js" ] && return
  mkdir -p target/bench/vis-timeline
  if [ -f node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js ]; then
    cp -r node_modules/vis-timeline "$VIS"
  else
    (cd target/bench/vis-timeline \
      && npm pack --prefer-offline "https://registry.npmjs.org/vis-timeline/-/vis-timeline-$VIS_VERSION.tgz" >/dev/null \
      && tar xzf "vis-timeline-$VIS_VERSION.tgz")
  fi
}

ready() {
  if ! ls target/br-timeline-*.jar >/dev/null 2>&1 || [ ! -f "$CLASSPATH_FILE" ] || [ ! -d target/test-classes/org/brtimeline/bench ]; then
    build
  fi
  vis_timeline
}

run() {
  local main=$1
  shift
  mkdir -p target/bench
  local report
  report="target/bench/$(echo "$main" | tr '[:upper:]' '[:lower:]')-$(date -u +%Y%m%dT%H%M%SZ).txt"
  java -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" "org.brtimeline.bench.$main" "$@" 2>&1 | tee "$report"
}

command=${1:-help}
[ $# -gt 0 ] && shift
case "$command" in
  build) build ;;
  paint) ready; run BrowserPaintBenchmark "$@" ;;
  memory) ready; run SessionMemoryBenchmark "$@" ;;
  api)
    command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
    ready; run ApiLoadBenchmark "$@" ;;
  startup) ready; run StartupBenchmark "$@" ;;
  profile) ready; run JfrSummary "$@" ;;
  all)
    ready
    run StartupBenchmark --fresh --runs=4
    run BrowserPaintBenchmark
    run SessionMemoryBenchmark
    run ApiLoadBenchmark ;;
  *) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
