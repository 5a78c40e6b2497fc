package dev.relwb.ui.search;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/// A row of the judging queue: grade badge, place in the queue, title, the lists and ranks it came from
/// (nothing when blind) and the highlighted snippet; no score. As tall as a ranking row.
final class QueueCell extends ListCell<ResultRow> {
  private final JudgingQueue queue;
  private final Label badge = new Label();
  private final Label place = new Label();
  private final Label title = new Label();
  private final Label sources = new Label();
  private final TextFlow snippet = new TextFlow();
  private final HBox box;

  QueueCell(JudgingQueue queue) {
    this.queue = queue;
    badge.getStyleClass().add("badge");
    badge.setMinWidth(24);
    badge.setAlignment(Pos.CENTER);
    place.getStyleClass().add("rank");
    place.setMinWidth(Region.USE_PREF_SIZE);
    title.getStyleClass().add("hit-title");
    title.setMinWidth(0);
    sources.getStyleClass().add("pool-sources");
    sources.setMinWidth(Region.USE_PREF_SIZE);
    snippet.getStyleClass().add("snippet");
    snippet.setMaxHeight(38);
    javafx.scene.shape.Rectangle snippetClip = new javafx.scene.shape.Rectangle();
    snippetClip.widthProperty().bind(snippet.widthProperty());
    snippetClip.setHeight(38);
    snippet.setClip(snippetClip);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox head = new HBox(8, place, title, gap, sources);
    head.setAlignment(Pos.BASELINE_LEFT);
    VBox text = new VBox(2, head, snippet);
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    box = new HBox(8, badge, text);
    box.setAlignment(Pos.TOP_LEFT);
    box.setMinWidth(0);
    box.setPrefWidth(0);
    javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
    clip.widthProperty().bind(box.widthProperty());
    clip.heightProperty().bind(box.heightProperty());
    box.setClip(clip);
    box.setMaxHeight(ResultCell.HEIGHT - 10);
    setPrefHeight(ResultCell.HEIGHT);
  }

  @Override
  protected void updateItem(ResultRow row, boolean empty) {
    super.updateItem(row, empty);
    setText(null);
    if (empty || row == null) {
      setGraphic(null);
      setTooltip(null);
      return;
    }
    badge.setText(row.judgment() == null ? "·" : row.judgment().badge());
    badge.getStyleClass().removeIf(s -> s.startsWith("grade-"));
    badge.getStyleClass().add(row.judgment() == null ? "grade-none" : "grade-" + row.judgment().badge());
    place.setText(row.rank() + ".");
    String t = row.hit().title();
    title.setText(t == null || t.isBlank() ? row.doc().value() : t);
    String from = queue.sources(row.doc());
    sources.setText(from);
    snippet.getChildren().setAll(Snippets.toTexts(row.hit().snippet()));
    setTooltip(new Tooltip(row.doc() + (from.isEmpty() ? "" : " · from " + from)
        + (row.judgment() == null ? " · not judged yet" : " · judged " + row.judgment().badge())));
    setGraphic(box);
  }
}
