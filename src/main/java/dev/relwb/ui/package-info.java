/// JavaFX user interface: per feature a View, a ViewModel and an FXML file. Uses only
/// `service` and `core`; never Lucene or DJL, never `cli`.
package dev.relwb.ui;
