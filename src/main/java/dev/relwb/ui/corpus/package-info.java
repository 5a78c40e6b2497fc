/// The Corpus tab: workspaces, importing folders and test collections with progress, stats and the
/// ingest report; also the first-run creation of the "Sample" workspace. Uses `service.workbench`,
/// `core` and `ui.support` only.
package dev.relwb.ui.corpus;
