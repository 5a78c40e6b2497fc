/// Shared value records and errors used by every layer: ids, hits, rankings, grades,
/// `WorkbenchException`, progress and cancellation, and the app directories.
/// Depends on nothing but the JDK and SLF4J.
package dev.relwb.core;
