package dev.relwb.ui.search;

import dev.relwb.service.QuerySets;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/// The small dialogs of the query-set sidebar and the guidelines pane: a name, a confirmation, a query's
/// information need and notes, the Markdown guidelines, and the file (with its format) to import or export.
final class QuerySetDialogs {
  /// What the user asked for in [#addQuery].
  record QueryDetails(String infoNeed, String notes) { }

  /// A file and its format (one of `QuerySets.FORMATS`).
  record FormatFile(String format, Path file) { }

  private QuerySetDialogs() { }

  /// Asks for a name (`initial` preset); empty when cancelled or blank.
  static Optional<String> name(Node owner, String title, String header, String initial) {
    TextInputDialog d = new TextInputDialog(initial);
    d.setTitle(title);
    d.setHeaderText(header);
    d.initOwner(window(owner));
    return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
  }

  /// Asks to confirm `question`.
  static boolean confirm(Node owner, String question, String detail) {
    Alert a = new Alert(Alert.AlertType.CONFIRMATION, detail, ButtonType.OK, ButtonType.CANCEL);
    a.setHeaderText(question);
    a.initOwner(window(owner));
    return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  /// Asks for the optional information need and notes of `query`.
  static Optional<QueryDetails> addQuery(Node owner, String query, String set) {
    TextArea need = area("What did the person searching want? (optional)");
    TextArea notes = area("Notes for judges (optional)");
    Dialog<QueryDetails> d = new Dialog<>();
    d.setTitle("Add query to set");
    d.setHeaderText("Add \"" + query + "\" to " + set);
    d.getDialogPane().setContent(new VBox(6, new Label("Information need"), need, new Label("Notes"), notes));
    d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    d.setResultConverter(b -> b == ButtonType.OK ? new QueryDetails(need.getText(), notes.getText()) : null);
    d.initOwner(window(owner));
    return d.showAndWait();
  }

  /// Lets the user edit the Markdown `guidelines` of `set`.
  static Optional<String> guidelines(Node owner, String set, String guidelines) {
    TextArea text = area("# What counts as relevant\n\n- **3** perfect: …\n- **0** not relevant: …");
    text.setText(guidelines);
    text.setPrefRowCount(16);
    text.setPrefColumnCount(60);
    Dialog<String> d = new Dialog<>();
    d.setTitle("Edit guidelines");
    d.setHeaderText("Judging guidelines of " + set + " (Markdown: # headings, - bullets, **bold**)");
    d.getDialogPane().setContent(text);
    d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    d.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
    d.initOwner(window(owner));
    return d.showAndWait();
  }

  /// Asks for a file to import (`save` false) or export to, the format given by the chosen filter (or
  /// the file's extension).
  static Optional<FormatFile> file(Node owner, boolean save, String set) {
    FileChooser fc = new FileChooser();
    fc.setTitle(save ? "Export " + set : "Import queries");
    fc.getExtensionFilters().setAll(
        new FileChooser.ExtensionFilter("TREC topics (*.txt, *.trec, *.xml)", "*.txt", "*.trec", "*.xml"),
        new FileChooser.ExtensionFilter("BEIR queries.jsonl (*.jsonl)", "*.jsonl"),
        new FileChooser.ExtensionFilter("Quepid query CSV (*.csv)", "*.csv"),
        new FileChooser.ExtensionFilter("Plain text, one query a line (*.txt)", "*.txt"));
    if (save) {
      fc.setInitialFileName(set + ".txt");
    }
    File f = save ? fc.showSaveDialog(window(owner)) : fc.showOpenDialog(window(owner));
    if (f == null) {
      return Optional.empty();
    }
    int i = fc.getExtensionFilters().indexOf(fc.getSelectedExtensionFilter());
    return Optional.of(new FormatFile(i >= 0 ? QuerySets.FORMATS.get(i) : formatOf(f.toPath()),
        f.toPath()));
  }

  /// The format a file's extension suggests: `beir` for `.jsonl`, `quepid` for `.csv`, `trec` for
  /// `.trec`/`.xml`, else `text`.
  static String formatOf(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") ? "beir" : n.endsWith(".csv") ? "quepid"
        : n.endsWith(".trec") || n.endsWith(".xml") ? "trec" : "text";
  }

  private static TextArea area(String prompt) {
    TextArea a = new TextArea();
    a.setPromptText(prompt);
    a.setWrapText(true);
    a.setPrefRowCount(3);
    return a;
  }

  private static Window window(Node owner) {
    return owner.getScene() == null ? null : owner.getScene().getWindow();
  }
}
