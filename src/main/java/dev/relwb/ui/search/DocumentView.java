package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.search.Snippet;
import dev.relwb.ui.support.Fxml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/// The document pane (`DocumentView.fxml`): passage and document text with the matches the search
/// layer marked, provenance, the BM25 explanation, the cross-encoder score and the judgment.
public final class DocumentView {
  private static final int MAX_SHOWN_CHARS = 200_000;
  @FXML private VBox root;
  @FXML private Label docGrade;
  @FXML private Label docTitle;
  @FXML private Label docMeta;
  @FXML private Label docCrossEncoder;
  @FXML private Label docTruncation;
  @FXML private TextFlow passageFlow;
  @FXML private TextFlow documentFlow;
  @FXML private TextArea explanationArea;
  private final DocumentViewModel vm;
  private final SearchViewModel search;

  /// Loads the pane over `vm`, following `search`'s judgments.
  public DocumentView(DocumentViewModel vm, SearchViewModel search) {
    this.vm = vm;
    this.search = search;
    Fxml.load(DocumentView.class, "DocumentView.fxml", this);
  }

  @FXML
  private void initialize() {
    vm.detail().addListener((o, a, d) -> show(d));
    docCrossEncoder.textProperty().bind(vm.crossEncoder());
    docTruncation.textProperty().bind(vm.truncation());
    docTruncation.visibleProperty().bind(vm.truncation().isNotEmpty());
    docTruncation.managedProperty().bind(vm.truncation().isNotEmpty());
    search.bm25Rows().addListener((ListChangeListener<ResultRow>) c -> showGrade());
    search.judging().selected().addListener((o, a, d) -> showGrade());
    show(null);
  }

  private void show(Hit d) {
    if (d == null) {
      docTitle.setText(search.judging().selected().get() == null ? "Select a result to see its text" : "Loading…");
      docMeta.setText("");
      passageFlow.getChildren().clear();
      documentFlow.getChildren().clear();
      explanationArea.clear();
      return;
    }
    docTitle.setText(d.title() == null || d.title().isBlank() ? d.docId() : d.title());
    docMeta.setText(String.format(Locale.ROOT, "%s · %s · language %s · passage chars %d–%d", d.docId(),
        d.path() == null || d.path().isBlank() ? "(no path)" : d.path(),
        d.language() == null || d.language().isBlank() ? "unknown" : d.language(), d.start(), d.end()));
    Snippet passage = d.snippet() != null ? d.snippet() : new Snippet(d.text() == null ? "" : d.text(), List.of());
    passageFlow.getChildren().setAll(Snippets.toTexts(passage, MAX_SHOWN_CHARS, false));
    List<Text> document = new ArrayList<>();
    if (d.passages() > 1) {
      document.add(Snippets.plain(String.format(Locale.ROOT, "(This document has %d passages; the best-matching"
          + " one, passage %d, is shown.)%n%n", d.passages(), d.passage() + 1), false));
    }
    document.addAll(Snippets.toTexts(passage, MAX_SHOWN_CHARS, false));
    documentFlow.getChildren().setAll(document);
    explanationArea.setText(d.explanation() == null ? "(no explanation)" : d.explanation().toText());
  }

  private void showGrade() {
    DocId doc = search.judging().selected().get();
    Judgment j = doc == null ? null : search.judging().selectedJudgment();
    docGrade.setText(j == null ? "·" : j.badge());
    docGrade.getStyleClass().removeIf(s -> s.startsWith("grade-"));
    docGrade.getStyleClass().add(j == null ? "grade-none" : "grade-" + j.badge());
    String note = j == null || j.noteText().isBlank() ? "" : "  · note: " + j.noteText();
    if (!note.isEmpty() && !docTitle.getText().contains("· note:")) {
      docTitle.setText(docTitle.getText() + note);
    }
  }

  /// The pane's root node.
  public VBox root() {
    return root;
  }
}
