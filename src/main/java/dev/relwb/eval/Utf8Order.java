package dev.relwb.eval;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/// C `strcmp` order on ids: the UTF-8 bytes compared as unsigned values. This is the order
/// `trec_eval` uses for topics and for breaking score ties; it differs from `String.compareTo`
/// only for non-ASCII ids.
public final class Utf8Order {
  /// Compares two strings by their UTF-8 bytes, unsigned.
  public static final Comparator<String> COMPARATOR = Utf8Order::compare;

  private Utf8Order() { }

  /// Negative, zero or positive as `a` sorts before, with or after `b` in byte order.
  public static int compare(String a, String b) {
    if (isAscii(a) && isAscii(b)) {
      return a.compareTo(b);
    }
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
