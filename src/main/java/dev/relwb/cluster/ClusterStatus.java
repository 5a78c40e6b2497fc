package dev.relwb.cluster;

import java.util.List;

/// What *Test connection* found: the engine's version, the documents in the index or collection, its
/// fields (for the field pickers), and the problems with the configured field names (empty = usable).
public record ClusterStatus(String version, long documents, List<FieldInfo> fields, List<String> problems) {
  /// One field of the index mapping or Solr schema.
  ///
  /// @param name   the field name (dotted for sub-fields)
  /// @param type   the cluster's type name (`text`, `keyword`, `text_general`, …)
  /// @param text   whether it is analysed full text (searchable by words)
  /// @param stored whether its value comes back with a hit (`_source` or a stored Solr field)
  public record FieldInfo(String name, String type, boolean text, boolean stored) { }

  /// Copies the lists.
  public ClusterStatus {
    fields = List.copyOf(fields);
    problems = List.copyOf(problems);
  }

  /// Whether the configured fields are usable.
  public boolean ok() {
    return problems.isEmpty();
  }

  /// The names of the analysed text fields.
  public List<String> textFields() {
    return fields.stream().filter(FieldInfo::text).map(FieldInfo::name).toList();
  }

  /// Checks `fields` against what the cluster has: id present, text (and title) present, analysed and
  /// returned with hits, language present. Returns one problem per mismatch (the caller names the cluster).
  static List<String> check(ClusterFields fields, List<FieldInfo> have, boolean idBuiltIn) {
    List<String> out = new java.util.ArrayList<>();
    java.util.Map<String, FieldInfo> by = new java.util.HashMap<>();
    have.forEach(f -> by.put(f.name(), f));
    String known = String.join(", ", have.stream().map(FieldInfo::name).sorted().limit(30).toList());
    if (!idBuiltIn && !by.containsKey(fields.id())) {
      out.add("no id field '" + fields.id() + "' (fields: " + known + ")");
    }
    textField("text", fields.text(), by, known, out);
    if (fields.title() != null) {
      textField("title", fields.title(), by, known, out);
    }
    if (fields.lang() != null && !by.containsKey(fields.lang())) {
      out.add("no language field '" + fields.lang() + "' (fields: " + known + ")");
    }
    return out;
  }

  private static void textField(String role, String name, java.util.Map<String, FieldInfo> by, String known,
      List<String> out) {
    FieldInfo f = by.get(name);
    if (f == null) {
      out.add("no " + role + " field '" + name + "': pick one of " + known);
    } else if (!f.text()) {
      out.add("the " + role + " field '" + name + "' is " + f.type() + ", not analysed text: pick a text field ("
          + String.join(", ", by.values().stream().filter(FieldInfo::text).map(FieldInfo::name).sorted().toList())
          + ")");
    } else if (!f.stored()) {
      out.add("the " + role + " field '" + name + "' is not stored, so hits come back without it: pick a stored"
          + " field or store it");
    }
  }
}
