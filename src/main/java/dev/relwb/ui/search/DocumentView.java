package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.search.Snippet;
import dev.relwb.ui.support.Fxml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/// The document pane (`DocumentView.fxml`): passage and document text with the matches the search
/// layer marked, provenance, the BM25 explanation, the cross-encoder score and the judgment; above it the
/// judging bar (who judges, the keys), beside it the chosen query set's guidelines.
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
  @FXML private ComboBox<String> annotatorBox;
  @FXML private javafx.scene.control.Tab explanationTab;
  @FXML private javafx.scene.control.TabPane docTabs;
  @FXML private VBox guidelinesBox;
  @FXML private Label guidelinesTitle;
  @FXML private VBox guidelinesText;
  private static final String ADD = "Add…";
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
    JudgingQueue queue = search.judging().queue();
    var blind = queue.shown().and(queue.blind());
    docCrossEncoder.visibleProperty().bind(blind.not());
    docCrossEncoder.managedProperty().bind(blind.not());
    explanationTab.disableProperty().bind(blind);
    blind.addListener((o, a, on) -> {
      if (on) {
        docTabs.getSelectionModel().selectFirst();
      }
    });
    search.bm25Rows().addListener((ListChangeListener<ResultRow>) c -> showGrade());
    search.judging().selected().addListener((o, a, d) -> showGrade());
    show(null);
    installAnnotatorBox(search.judging().annotators());
    installGuidelines(search.querySets());
  }

  /// The annotator chooser: the workspace's annotators and "Add…"; a typed new name is added.
  private void installAnnotatorBox(Annotators annotators) {
    Runnable items = () -> {
      List<String> all = new ArrayList<>(annotators.names());
      all.add(ADD);
      annotatorBox.getItems().setAll(all);
    };
    annotators.names().addListener((ListChangeListener<String>) c -> items.run());
    items.run();
    annotatorBox.setValue(annotators.name().get());
    annotators.name().addListener((o, a, n) -> annotatorBox.setValue(n));
    annotatorBox.valueProperty().addListener((o, a, v) -> {
      if (ADD.equals(v)) {
        Platform.runLater(() -> {
          annotatorBox.setValue(annotators.name().get());
          QuerySetDialogs.name(root, "Add annotator", "Name to judge as", "").ifPresent(annotators::choose);
        });
      } else if (v != null && !v.isBlank() && !v.strip().equals(annotators.name().get())) {
        annotators.choose(v);
      }
    });
    annotatorBox.setOnShowing(e -> annotators.refresh());
    annotators.refresh();
  }

  /// The chosen query set's guidelines, beside the judging keys, and their editor.
  private void installGuidelines(QuerySetSidebar sets) {
    sets.guidelines().addListener((o, a, md) -> showGuidelines(sets));
    sets.set().addListener((o, a, s) -> showGuidelines(sets));
    guidelinesBox.visibleProperty().bind(sets.set().isNotNull());
    guidelinesBox.managedProperty().bind(sets.set().isNotNull());
    showGuidelines(sets);
  }

  private void showGuidelines(QuerySetSidebar sets) {
    guidelinesTitle.setText(sets.set().get() == null ? "Guidelines" : "Guidelines · " + sets.set().get());
    String md = sets.guidelines().get();
    if (md == null || md.isBlank()) {
      Label none = new Label("No guidelines for this set yet: Edit guidelines… to write what counts as relevant.");
      none.setWrapText(true);
      none.getStyleClass().add("key-hint");
      guidelinesText.getChildren().setAll(none);
    } else {
      guidelinesText.getChildren().setAll(Markdown.render(md));
    }
  }

  @FXML
  private void onEditGuidelines() {
    QuerySetSidebar sets = search.querySets();
    if (sets.set().get() != null) {
      QuerySetDialogs.guidelines(root, sets.set().get(), sets.guidelines().get()).ifPresent(sets::saveGuidelines);
    }
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
