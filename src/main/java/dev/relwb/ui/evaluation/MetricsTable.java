package dev.relwb.ui.evaluation;

import dev.relwb.eval.MetricComparison;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// Renders the metrics of an `EvalReport`'s comparison in a `TableView`: metric, mean of run A, mean of
/// run B, Δ (B − A) and the two p-values, in the number formats of the Evaluation tab. Shared by every
/// view that shows a comparison (the Evaluation tab's layout, the Team tab's snapshot diff).
public final class MetricsTable {
  private MetricsTable() { }

  /// Sets the columns of `table`, titling the means `runA` and `runB`.
  public static void install(TableView<MetricComparison> table, String runA, String runB) {
    table.getColumns().setAll(List.of(
        column("Metric", MetricComparison::metric),
        column(runA, r -> mean(r.meanA())),
        column(runB, r -> mean(r.meanB())),
        column("Δ", r -> delta(r.delta())),
        column("p (randomization)", r -> p(r.pRandomization())),
        column("p (t-test)", r -> p(r.pTTest()))));
  }

  /// Renames the two mean columns (after [#install]), e.g. when another pair of runs is shown.
  public static void rename(TableView<MetricComparison> table, String runA, String runB) {
    table.getColumns().get(1).setText(runA);
    table.getColumns().get(2).setText(runB);
  }

  private static TableColumn<MetricComparison, String> column(String title,
      Function<MetricComparison, String> value) {
    TableColumn<MetricComparison, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    c.setSortable(false);
    c.setMinWidth(Math.max(90, title.length() * 8.5 + 16));
    return c;
  }

  /// A mean: four decimals.
  public static String mean(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /// A difference: signed, four decimals.
  public static String delta(double v) {
    return String.format(Locale.ROOT, "%+.4f", v);
  }

  /// A p-value: three decimals, "< 0.001" below that, "–" when undefined.
  public static String p(double v) {
    return Double.isNaN(v) ? "–" : v < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", v);
  }
}
