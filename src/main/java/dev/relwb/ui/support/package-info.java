/// UI plumbing: the `TaskRunner` contract that ViewModels use for every job that may block, and
/// `FxTaskRunner`, the only class that wraps those jobs in `javafx.concurrent.Task`. Tests use a
/// same-thread runner instead, so ViewModels run without the FX toolkit. Depends on `core`.
package dev.relwb.ui.support;
