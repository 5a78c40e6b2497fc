/// The `relwb` command line (picocli). Commands and their option classes live here and use
/// only `service` and `core`; never Lucene, DJL or `ui`.
package dev.relwb.cli;
