/// The facade used by the UI and the CLI: index, search, rerank, judgment, evaluation and
/// model services. Long jobs take a `ProgressListener` and a `CancelToken`.
/// Depends on every domain package below it.
package dev.relwb.service;
