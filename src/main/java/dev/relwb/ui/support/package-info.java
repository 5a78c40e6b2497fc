/// UI plumbing: `FxTaskRunner` is the only class that wraps service jobs in
/// `javafx.concurrent.Task`. Depends on `core`.
package dev.relwb.ui.support;
