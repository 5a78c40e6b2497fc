/// Composition root: the `relwb` launcher (main), the JavaFX application class and
/// `AppContext`, the one place that builds services. May depend on every other package.
package dev.relwb.app;
