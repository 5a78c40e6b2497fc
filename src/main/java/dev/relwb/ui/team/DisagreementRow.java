package dev.relwb.ui.team;

import dev.relwb.eval.Agreement;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// One row of the disagreements table: a (topic, document) whose annotators gave different grades, the
/// topic's query text, and the adjudicated grade once it is settled (null before).
public final class DisagreementRow {
  private final Agreement.Disagreement disagreement;
  private final String query;
  private final ObjectProperty<Integer> adjudicated = new SimpleObjectProperty<>();

  /// A row for `disagreement` of the topic whose text is `query`; `adjudicated` is its settled grade or null.
  public DisagreementRow(Agreement.Disagreement disagreement, String query, Integer adjudicated) {
    this.disagreement = disagreement;
    this.query = query == null ? "" : query;
    this.adjudicated.set(adjudicated);
  }

  /// The disagreement as computed.
  public Agreement.Disagreement disagreement() {
    return disagreement;
  }

  /// The topic id.
  public String topic() {
    return disagreement.topic();
  }

  /// The document id.
  public String doc() {
    return disagreement.doc();
  }

  /// The topic's query text (empty when unknown).
  public String query() {
    return query;
  }

  /// The grade `annotator` gave, as shown ("" when that annotator did not grade it).
  public String grade(String annotator) {
    Integer g = disagreement.grades().get(annotator);
    return g == null ? "" : Integer.toString(g);
  }

  /// Highest grade minus lowest.
  public int spread() {
    return disagreement.spread();
  }

  /// The adjudicated grade, or null while the disagreement is open.
  public ObjectProperty<Integer> adjudicated() {
    return adjudicated;
  }

  /// Whether an adjudicated grade settles it.
  public boolean settled() {
    return adjudicated.get() != null;
  }

  /// The key of a (topic, document) pair in maps of this package.
  static String key(String topic, String doc) {
    return topic + '\u0000' + doc;
  }

  /// This row's key.
  String key() {
    return key(topic(), doc());
  }

  /// A kappa as shown: three decimals, "—" when undefined.
  public static String kappa(double k) {
    return Double.isNaN(k) || Double.isInfinite(k) ? "—" : String.format(Locale.ROOT, "%.3f", k);
  }
}
