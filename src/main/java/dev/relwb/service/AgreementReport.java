package dev.relwb.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.Agreement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/// `relwb judge agreement`'s report: text (kappa per pair, Fleiss' kappa, the disagreements) or JSON.
final class AgreementReport {
  private AgreementReport() { }

  /// `a` as text, or as JSON (`pairs`, `fleiss_kappa`, `fleiss_items`, `disagreements`; undefined kappas null).
  static String render(Agreement a, boolean json) {
    if (json) {
      try {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(agreementJson(a)) + "\n";
      } catch (JsonProcessingException e) {
        throw new WorkbenchException("Cannot write the agreement as JSON: " + e.getOriginalMessage(), e);
      }
    }
    StringBuilder sb = new StringBuilder("Cohen's kappa (quadratic weights), per annotator pair:\n");
    for (Agreement.PairKappa p : a.pairs()) {
      sb.append(String.format(Locale.ROOT, "  %s vs %s: %s over %d shared judgments%n", p.annotatorA(),
          p.annotatorB(), kappa(p.kappa()), p.items()));
    }
    sb.append(String.format(Locale.ROOT, "Fleiss' kappa: %s over %d judged-by-several pairs%n",
        kappa(a.fleissKappa()), a.fleissItems()));
    sb.append("Disagreements (" + a.disagreements().size() + "):\n");
    for (Agreement.Disagreement d : a.disagreements()) {
      sb.append("  ").append(d.topic()).append('\t').append(d.doc()).append('\t').append(d.grades()).append('\n');
    }
    return sb.toString();
  }

  private static String kappa(double k) {
    return Double.isNaN(k) ? "undefined" : String.format(Locale.ROOT, "%.4f", k);
  }

  private static Object agreementJson(Agreement a) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("pairs", a.pairs().stream().map(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("annotator_a", p.annotatorA());
      m.put("annotator_b", p.annotatorB());
      m.put("items", p.items());
      m.put("quadratic_weighted_kappa", Double.isNaN(p.kappa()) ? null : p.kappa());
      return m;
    }).toList());
    root.put("fleiss_kappa", Double.isNaN(a.fleissKappa()) ? null : a.fleissKappa());
    root.put("fleiss_items", a.fleissItems());
    root.put("disagreements", a.disagreements());
    return root;
  }

}
