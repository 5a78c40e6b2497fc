package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.service.workbench.DocumentDetail;
import dev.relwb.service.workbench.Judgment;
import dev.relwb.ui.support.Fxml;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/// The document pane (`DocumentView.fxml`): passage and document text with the query terms
/// highlighted, provenance, the BM25 explanation, the cross-encoder score and the judgment.
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

  private void show(DocumentDetail d) {
    if (d == null) {
      docTitle.setText(search.judging().selected().get() == null ? "Select a result to see its text" : "Loading…");
      docMeta.setText("");
      passageFlow.getChildren().clear();
      documentFlow.getChildren().clear();
      explanationArea.clear();
      return;
    }
    docTitle.setText(d.title().isBlank() ? d.doc().value() : d.title());
    docMeta.setText(String.format(Locale.ROOT, "%s · %s · language %s · passage chars %d–%d", d.doc(),
        d.path() == null || d.path().isBlank() ? "(no path)" : d.path(), d.language(), d.startOffset(),
        d.endOffset()));
    List<String> terms = vm.highlightTerms();
    passageFlow.getChildren().setAll(Snippets.highlightTerms(cap(d.passageText()), terms));
    documentFlow.getChildren().setAll(Snippets.highlightTerms(cap(d.documentText()), terms));
    explanationArea.setText(d.explanation());
  }

  private static String cap(String s) {
    String t = s == null ? "" : s;
    return t.length() <= MAX_SHOWN_CHARS ? t : t.substring(0, MAX_SHOWN_CHARS) + " …";
  }

  private void showGrade() {
    DocId doc = search.judging().selected().get();
    Judgment j = doc == null ? null : search.judging().selectedJudgment();
    docGrade.setText(j == null ? "·" : j.badge());
    docGrade.getStyleClass().removeIf(s -> s.startsWith("grade-"));
    docGrade.getStyleClass().add(j == null ? "grade-none" : "grade-" + j.badge());
    String note = j == null || j.note().isBlank() ? "" : "  · note: " + j.note();
    if (!note.isEmpty() && !docTitle.getText().contains("· note:")) {
      docTitle.setText(docTitle.getText() + note);
    }
  }

  /// The pane's root node.
  public VBox root() {
    return root;
  }
}
