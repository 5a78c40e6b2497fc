package dev.relwb.ui.team;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/// Read-only text columns of the Team tab's tables.
final class TeamColumns {
  private TeamColumns() { }

  /// A column titled `title` showing `value` of each row, at least `minWidth` wide, not sortable.
  static <S> TableColumn<S, String> text(String title, Function<S, String> value, double minWidth) {
    TableColumn<S, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    c.setSortable(false);
    c.setMinWidth(minWidth);
    c.setPrefWidth(minWidth);
    return c;
  }

  /// As [#text], right-aligned (numbers).
  static <S> TableColumn<S, String> number(String title, Function<S, String> value, double minWidth) {
    TableColumn<S, String> c = text(title, value, minWidth);
    c.getStyleClass().add("number");
    return c;
  }
}
