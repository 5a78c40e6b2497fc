package dev.relwb.ui.search;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/// A row of a ranking list: grade badge, rank, score (logit on hover for mono-XM rows), movement
/// against BM25, title and highlighted snippet. All rows have the same height so the connector
/// view can line them up.
final class ResultCell extends ListCell<ResultRow> {
  static final double HEIGHT = 76;
  private final boolean crossEncoder;
  private final Label badge = new Label();
  private final Label rank = new Label();
  private final Label score = new Label();
  private final Label movement = new Label();
  private final Label title = new Label();
  private final TextFlow snippet = new TextFlow();
  private final HBox box;

  ResultCell(boolean crossEncoder) {
    this.crossEncoder = crossEncoder;
    badge.getStyleClass().add("badge");
    badge.setMinWidth(24);
    badge.setAlignment(Pos.CENTER);
    rank.getStyleClass().add("rank");
    rank.setMinWidth(Region.USE_PREF_SIZE);
    score.getStyleClass().add("score");
    score.setMinWidth(Region.USE_PREF_SIZE);
    movement.getStyleClass().add("movement");
    movement.setMinWidth(Region.USE_PREF_SIZE);
    title.getStyleClass().add("hit-title");
    title.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(title, Priority.ALWAYS);
    snippet.getStyleClass().add("snippet");
    snippet.setMaxHeight(44);
    javafx.scene.shape.Rectangle snippetClip = new javafx.scene.shape.Rectangle();
    snippetClip.widthProperty().bind(snippet.widthProperty());
    snippetClip.setHeight(44);
    snippet.setClip(snippetClip);
    HBox head = new HBox(8, rank, score, movement, title);
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
    box.setMaxHeight(HEIGHT - 10);
    setPrefHeight(HEIGHT);
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
    rank.setText(row.rank() + ".");
    score.setText(String.format(Locale.ROOT, crossEncoder ? "%.3f" : "%.2f", row.score()));
    movement.setText(row.movement());
    movement.getStyleClass().removeAll("up", "down");
    if (row.movement().startsWith("▲") || "new".equals(row.movement())) {
      movement.getStyleClass().add("up");
    } else if (row.movement().startsWith("▼")) {
      movement.getStyleClass().add("down");
    }
    String t = row.hit().title();
    title.setText(t == null || t.isBlank() ? row.doc().value() : t);
    snippet.getChildren().setAll(Snippets.toTexts(row.hit().snippet()));
    String tip = crossEncoder
        ? String.format(Locale.ROOT, "logit %.4f · score %.4f · first-stage rank %d%s", row.logit(), row.score(),
            row.hit().rank(), row.hit().passages() > 1 ? " · best of its passages: " + (row.hit().passage() + 1)
            + " of " + row.hit().passages() : "")
        : String.format(Locale.ROOT, "BM25 %.4f · %s · %s", row.score(), row.doc(), row.hit().language());
    setTooltip(new Tooltip(tip + (row.unjudged() ? " · not graded yet" : "")));
    setGraphic(box);
  }

  /// The snippet's plain text (for tests).
  String snippetText() {
    StringBuilder sb = new StringBuilder();
    snippet.getChildren().forEach(n -> sb.append(((Text) n).getText()));
    return sb.toString();
  }
}
