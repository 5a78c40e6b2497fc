package dev.relwb.ui.search;

import dev.relwb.ui.support.Fxml;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The query-set sidebar (`QuerySetSidebarView.fxml`) on the left of the Search tab: binds the set
/// chooser, the queries with their judged shares (information need as tooltip) and the set buttons to
/// [QuerySetSidebar]; a click or Enter on a query runs it.
public final class QuerySetSidebarView {
  @FXML private VBox root;
  @FXML private ComboBox<String> setBox;
  @FXML private ListView<QuerySetSidebar.Entry> queryList;
  @FXML private Button renameButton;
  @FXML private Button deleteButton;
  @FXML private Button addButton;
  @FXML private Button exportButton;
  private final QuerySetSidebar vm;

  /// Loads the sidebar over `vm`.
  public QuerySetSidebarView(QuerySetSidebar vm) {
    this.vm = vm;
    Fxml.load(QuerySetSidebarView.class, "QuerySetSidebarView.fxml", this);
  }

  @FXML
  private void initialize() {
    setBox.setItems(vm.sets());
    setBox.valueProperty().bindBidirectional(vm.set());
    queryList.setItems(vm.entries());
    queryList.setCellFactory(lv -> new EntryCell());
    Label empty = new Label("No queries yet: add the current one, or import a file.");
    empty.setWrapText(true);
    empty.getStyleClass().add("key-hint");
    queryList.setPlaceholder(empty);
    queryList.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        vm.run(queryList.getSelectionModel().getSelectedItem());
        e.consume();
      }
    });
    for (Button b : new Button[] {renameButton, deleteButton, addButton, exportButton}) {
      b.disableProperty().bind(vm.set().isNull());
    }
    root.disableProperty().bind(vm.available().not());
  }

  /// One query: its text, a small bar and the judged share; the information need and notes as tooltip.
  private final class EntryCell extends ListCell<QuerySetSidebar.Entry> {
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label share = new Label();
    private final HBox box = new HBox(6, text, bar, share);

    EntryCell() {
      text.setMaxWidth(Double.MAX_VALUE);
      text.setMinWidth(0);
      HBox.setHgrow(text, Priority.ALWAYS);
      bar.setPrefWidth(44);
      bar.setMinWidth(44);
      bar.getStyleClass().add("share-bar");
      share.getStyleClass().add("share");
      share.setMinWidth(36);
      share.setAlignment(Pos.CENTER_RIGHT);
      box.setAlignment(Pos.CENTER_LEFT);
      setOnMouseClicked(e -> {
        if (!isEmpty() && e.getButton() == MouseButton.PRIMARY) {
          vm.run(getItem());
        }
      });
    }

    @Override
    protected void updateItem(QuerySetSidebar.Entry e, boolean empty) {
      super.updateItem(e, empty);
      setText(null);
      if (empty || e == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      text.setText(e.text());
      bar.setProgress(Double.isNaN(e.share()) ? 0 : e.share());
      share.setText(e.shareText());
      String details = e.details();
      setTooltip(new Tooltip((details.isEmpty() ? "No information need written" : details)
          + "\n\n" + e.shareText() + " of the top " + QuerySetSidebar.SHARE_DEPTH
          + " judged · click or Enter runs it"));
      setGraphic(box);
    }
  }

  @FXML
  private void onNew() {
    QuerySetDialogs.name(root, "New query set", "Name of the new query set", "").ifPresent(vm::create);
  }

  @FXML
  private void onRename() {
    String from = vm.set().get();
    QuerySetDialogs.name(root, "Rename query set", "New name of " + from, from).filter(n -> !n.equals(from))
        .ifPresent(vm::rename);
  }

  @FXML
  private void onDelete() {
    String name = vm.set().get();
    if (QuerySetDialogs.confirm(root, "Delete the query set " + name + "?",
        "Its queries' topics and every judgment stay in the workspace.")) {
      vm.delete();
    }
  }

  @FXML
  private void onAdd() {
    if (vm.currentQuery().isEmpty()) {
      vm.addCurrentQuery(null, null);
      return;
    }
    QuerySetDialogs.addQuery(root, vm.currentQuery(), vm.set().get())
        .ifPresent(d -> vm.addCurrentQuery(d.infoNeed(), d.notes()));
  }

  @FXML
  private void onImport() {
    QuerySetDialogs.file(root, false, vm.set().get()).ifPresent(f -> vm.importFile(f.format(), f.file()));
  }

  @FXML
  private void onExport() {
    QuerySetDialogs.file(root, true, vm.set().get()).ifPresent(f -> vm.exportFile(f.format(), f.file()));
  }

  /// The sidebar's root node.
  public VBox root() {
    return root;
  }

  /// The list of the chosen set's queries.
  ListView<QuerySetSidebar.Entry> queryList() {
    return queryList;
  }
}
