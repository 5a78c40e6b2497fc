package dev.relwb.ui.support;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/// Makes a `ComboBox` type-to-filter: typing narrows the popup to entries whose label contains the
/// text (the first entry, e.g. "Auto", always stays); Enter picks the single or exact match.
/// The chosen value is kept in sync with `target`, which never receives null.
public final class TypeToFilter {
  private TypeToFilter() { }

  /// Installs the behaviour on `combo` over `source`, labelled by `label`, synced with `target`.
  public static <T> void install(ComboBox<T> combo, ObservableList<T> source, Function<T, String> label,
      ObjectProperty<T> target) {
    FilteredList<T> filtered = new FilteredList<>(source);
    combo.setItems(filtered);
    combo.setEditable(true);
    combo.setConverter(new StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? "" : label.apply(t);
      }

      @Override
      public T fromString(String s) {
        return match(source, label, s);
      }
    });
    combo.setValue(target.get());
    combo.valueProperty().addListener((o, a, v) -> {
      if (v != null && !Objects.equals(v, target.get())) {
        target.set(v);
      }
      filtered.setPredicate(null);
    });
    target.addListener((o, a, v) -> combo.setValue(v));
    combo.getEditor().textProperty().addListener((o, a, text) -> {
      T current = combo.getValue();
      if (current != null && label.apply(current).equals(text)) {
        filtered.setPredicate(null);
        return;
      }
      String f = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
      filtered.setPredicate(t -> f.isEmpty() || t == source.getFirst()
          || label.apply(t).toLowerCase(Locale.ROOT).contains(f));
      if (combo.isFocused() && !combo.isShowing() && combo.getScene() != null) {
        combo.show();
      }
    });
    combo.focusedProperty().addListener((o, a, focused) -> {
      if (focused) {
        javafx.application.Platform.runLater(combo.getEditor()::selectAll);
      } else {
        combo.getEditor().setText(label.apply(target.get()));
        filtered.setPredicate(null);
      }
    });
  }

  /// The entry whose label equals `s`, else the only entry whose label contains it, else the
  /// first entry whose label starts with it, else null.
  static <T> T match(ObservableList<T> source, Function<T, String> label, String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String f = s.toLowerCase(Locale.ROOT).strip();
    T prefix = null;
    T contains = null;
    int containsCount = 0;
    for (T t : source) {
      String l = label.apply(t).toLowerCase(Locale.ROOT);
      if (l.equals(f)) {
        return t;
      }
      if (prefix == null && l.startsWith(f)) {
        prefix = t;
      }
      if (l.contains(f)) {
        contains = t;
        containsCount++;
      }
    }
    return prefix != null ? prefix : containsCount == 1 ? contains : null;
  }
}
