/// The Model & settings tab: model location (folder or hub repo id) with loading/download
/// progress, runtime options and BM25 parameters, all persisted in the config folder. Uses
/// `service.workbench`, `core` and `ui.support` only.
package dev.relwb.ui.settings;
