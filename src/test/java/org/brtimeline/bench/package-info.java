/**
 * The end-to-end benchmarks of docs/performance.md ("End to end"): the timeline painted in a real browser, the same
 * chronology in a plain vis-timeline page, the server's memory per session and its start-up, measured against the
 * packaged application. These are {@code main}s run by {@code docs/bench/run-end-to-end.sh}, never by the build: no
 * name here matches a Surefire or Failsafe pattern.
 */
package org.brtimeline.bench;
