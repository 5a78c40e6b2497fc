package dev.relwb.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Number parsing with the C library's lenient rules, as `trec_eval` reads its inputs:
/// `atof` for run scores and `atol` for qrels grades. Both read the longest numeric prefix and
/// give 0 when there is none.
final class CNumbers {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

  private CNumbers() { }

  /// `atof`: the double value of the longest decimal prefix, ±infinity for `inf`/`infinity`,
  /// NaN for `nan`, and 0 when the text does not start with a number. `wasNumber` tells them apart.
  static Parsed atof(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
    if (unsigned.startsWith("inf")) {
      return new Parsed(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, true);
    }
    if (unsigned.startsWith("nan")) {
      return new Parsed(Double.NaN, true);
    }
    Matcher m = DECIMAL.matcher(text);
    if (!m.lookingAt()) {
      return new Parsed(0.0, false);
    }
    return new Parsed(Double.parseDouble(m.group()), m.end() == text.length());
  }

  /// `atol`: the integer value of the longest integer prefix (`1.9` → 1, `-0.5` → 0), 0 if none.
  /// Values beyond the `int` range are rejected by returning null.
  static Integer atol(String text) {
    Matcher m = INTEGER.matcher(text);
    if (!m.lookingAt()) {
      return 0;
    }
    try {
      return Integer.parseInt(m.group());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /// A parsed score and whether the whole field was a number (false means trec_eval read a prefix or 0).
  record Parsed(double value, boolean wasNumber) { }
}
