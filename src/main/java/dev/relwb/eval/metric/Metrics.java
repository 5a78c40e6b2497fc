package dev.relwb.eval.metric;

import dev.relwb.core.WorkbenchException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Parses ir_measures metric names: `nDCG@k`, `RR`, `RR@k`, `R@k`, `AP`, `P@k`, `Judged@k`
/// (case-insensitive; `MRR`/`MRR@k` and `MAP` are accepted as aliases of `RR` and `AP`).
public final class Metrics {
  /// The default metric list of `relwb eval`.
  public static final String DEFAULT = "nDCG@10,RR@10,R@100,AP,P@10,Judged@10";

  private static final Pattern NAME = Pattern.compile("([A-Za-z]+)(?:@(\\d{1,7}))?");

  private Metrics() { }

  /// One metric by name.
  public static Metric parse(String name) {
    Matcher m = NAME.matcher(name.strip());
    if (!m.matches()) {
      throw unknown(name);
    }
    String base = m.group(1).toLowerCase(Locale.ROOT);
    Integer k = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    return switch (base) {
      case "ndcg" -> new NdcgAtK(need(k, name));
      case "rr", "mrr" -> k == null ? ReciprocalRank.UNCUT : new ReciprocalRank(positive(k, name));
      case "r", "recall" -> new RecallAtK(need(k, name));
      case "ap", "map" -> {
        if (k != null) {
          throw new WorkbenchException("Metric '" + name + "': AP@k is not supported; use AP");
        }
        yield new AveragePrecision();
      }
      case "p" -> new PrecisionAtK(need(k, name));
      case "judged" -> new JudgedAtK(need(k, name));
      default -> throw unknown(name);
    };
  }

  /// A comma-separated list, duplicates removed, order kept.
  public static List<Metric> parseList(String names) {
    LinkedHashSet<Metric> out = new LinkedHashSet<>();
    for (String n : names.split(",")) {
      if (!n.isBlank()) {
        out.add(parse(n));
      }
    }
    if (out.isEmpty()) {
      throw new WorkbenchException("No metric given; use e.g. " + DEFAULT);
    }
    return new ArrayList<>(out);
  }

  static void requirePositive(int k, String what) {
    if (k < 1) {
      throw new WorkbenchException(what + " needs k >= 1, not " + k);
    }
  }

  private static int need(Integer k, String name) {
    if (k == null) {
      throw new WorkbenchException("Metric '" + name + "' needs a cutoff, e.g. " + name.strip() + "@10");
    }
    return positive(k, name);
  }

  private static int positive(int k, String name) {
    if (k < 1) {
      throw new WorkbenchException("Metric '" + name + "': the cutoff must be at least 1");
    }
    return k;
  }

  private static WorkbenchException unknown(String name) {
    return new WorkbenchException("Unknown metric '" + name + "'; known: nDCG@k, RR, RR@k, R@k, AP, P@k, Judged@k");
  }
}
