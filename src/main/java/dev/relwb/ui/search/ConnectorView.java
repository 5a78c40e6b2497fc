package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/// The thin view between the BM25 list and the mono-XM list: one line per document from its BM25
/// row to its mono-XM row — green when it moved up, red when down, grey when it stayed. Rows that
/// are scrolled out of sight end at the top or bottom edge. The selected document is drawn bold.
final class ConnectorView extends Region {
  private static final Color UP = Color.web("#1b7f3b");
  private static final Color DOWN = Color.web("#b3261e");
  private static final Color SAME = Color.web("#8a8f98");
  private final Canvas canvas = new Canvas();
  private final ListView<ResultRow> left;
  private final ListView<ResultRow> right;
  private DocId selected;
  private boolean pending;

  ConnectorView(ListView<ResultRow> left, ListView<ResultRow> right) {
    this.left = left;
    this.right = right;
    getStyleClass().add("connector");
    getChildren().add(canvas);
    setMinWidth(36);
    setPrefWidth(52);
    setMaxWidth(52);
  }

  /// Redraws after the next layout pass, at most once per pulse.
  void requestRedraw() {
    if (!pending) {
      pending = true;
      Platform.runLater(() -> {
        pending = false;
        draw();
      });
    }
  }

  void setSelected(DocId doc) {
    selected = doc;
    requestRedraw();
  }

  /// Hooks the lists' scroll bars once their skins exist.
  void watchScrolling() {
    for (ListView<ResultRow> lv : List.of(left, right)) {
      for (Node n : lv.lookupAll(".scroll-bar")) {
        if (n instanceof ScrollBar sb) {
          sb.valueProperty().addListener((o, a, b) -> requestRedraw());
        }
      }
    }
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
    requestRedraw();
  }

  private void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.clearRect(0, 0, w, h);
    Map<Integer, Double> ly = rowCenters(left);
    Map<Integer, Double> ry = rowCenters(right);
    Map<DocId, Integer> leftIndex = new HashMap<>();
    for (int i = 0; i < left.getItems().size(); i++) {
      leftIndex.put(left.getItems().get(i).doc(), i);
    }
    for (int j = 0; j < right.getItems().size(); j++) {
      ResultRow row = right.getItems().get(j);
      Integer i = leftIndex.get(row.doc());
      if (i == null) {
        continue;
      }
      double y1 = yOf(ly, i, h);
      double y2 = yOf(ry, j, h);
      if ((y1 <= 0 && y2 <= 0) || (y1 >= h && y2 >= h)) {
        continue;
      }
      boolean sel = row.doc().equals(selected);
      g.setStroke(i > j ? UP : i < j ? DOWN : SAME);
      g.setGlobalAlpha(sel ? 1.0 : 0.55);
      g.setLineWidth(sel ? 3 : 1.2);
      g.beginPath();
      g.moveTo(0, y1);
      g.bezierCurveTo(w / 2, y1, w / 2, y2, w, y2);
      g.stroke();
    }
    g.setGlobalAlpha(1);
  }

  private static double yOf(Map<Integer, Double> ys, int index, double h) {
    Double y = ys.get(index);
    if (y != null) {
      return y;
    }
    int min = ys.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    return index < min ? 0 : h;
  }

  private Map<Integer, Double> rowCenters(ListView<ResultRow> lv) {
    Map<Integer, Double> out = new HashMap<>();
    for (Node n : lv.lookupAll(".list-cell")) {
      if (n instanceof ListCell<?> cell && cell.isVisible() && cell.getIndex() >= 0 && !cell.isEmpty()
          && cell.getIndex() < lv.getItems().size()) {
        Point2D p = sceneToLocal(cell.localToScene(0, cell.getHeight() / 2));
        if (p != null && p.getY() >= -cell.getHeight() && p.getY() <= getHeight() + cell.getHeight()) {
          out.put(cell.getIndex(), p.getY());
        }
      }
    }
    return out;
  }
}
