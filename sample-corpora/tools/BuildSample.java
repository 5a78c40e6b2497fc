import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/// Builds the BEIR files of the sample corpus from the hand-written sources in `source/` and checks them.
///
/// Run from the repository root: `java sample-corpora/tools/BuildSample.java`.
/// Source format: `@ <id> | <title>` then the passage on the following line(s); in `queries.txt`,
/// `@ <query-id> | <lang> | <text>` then one `<doc-id> <grade>` line per judgment.
/// Exits with status 1 and a list of problems if any check fails.
public final class BuildSample {
  record Doc(String id, String lang, String title, String text) { }
  record Query(String id, String lang, String text, Map<String, Integer> judgments) { }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "sample-corpora");
    Path src = root.resolve("source");
    List<String> problems = new ArrayList<>();
    Map<String, Doc> docs = new LinkedHashMap<>();
    try (var files = Files.list(src)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("queries.txt")).sorted().toList()) {
        String lang = f.getFileName().toString().replace(".txt", "");
        for (String[] block : blocks(f)) {
          String[] head = block[0].split("\\|", 2);
          String id = head[0].strip();
          Doc d = new Doc(id, lang, head.length > 1 ? head[1].strip() : "", block[1]);
          if (docs.put(id, d) != null) problems.add("duplicate doc id " + id);
          if (!id.startsWith(lang + "-")) problems.add(id + ": id does not start with " + lang + "-");
          int words = words(d.text, lang);
          if (words < 40 || words > 150) problems.add(id + ": " + words + " words (need 40-150)");
        }
      }
    }
    List<Query> queries = new ArrayList<>();
    for (String[] block : blocks(src.resolve("queries.txt"))) {
      String[] head = block[0].split("\\|");
      Map<String, Integer> judged = new LinkedHashMap<>();
      for (String line : block[1].split("\n")) {
        if (line.isBlank()) continue;
        String[] parts = line.strip().split("\\s+");
        judged.put(parts[0], Integer.parseInt(parts[1]));
      }
      queries.add(new Query(head[0].strip(), head[1].strip(), head[2].strip(), judged));
    }
    Set<String> qids = new LinkedHashSet<>();
    int crossLingual = 0;
    int zeros = 0;
    for (Query q : queries) {
      if (!qids.add(q.id)) problems.add("duplicate query id " + q.id);
      if (q.judgments.size() < 3) problems.add(q.id + ": fewer than 3 judgments");
      for (var e : q.judgments.entrySet()) {
        Doc d = docs.get(e.getKey());
        if (d == null) { problems.add(q.id + ": judged doc " + e.getKey() + " does not exist"); continue; }
        if (e.getValue() < 0 || e.getValue() > 3) problems.add(q.id + ": grade out of 0-3");
        if (!d.lang.equals(q.lang)) crossLingual++;
        if (e.getValue() == 0) zeros++;
      }
    }
    writeFiles(root.resolve("sample"), docs.values(), queries);
    Map<String, Integer> perLang = new TreeMap<>();
    docs.values().forEach(d -> perLang.merge(d.lang, 1, Integer::sum));
    Map<String, Integer> queryLang = new TreeMap<>();
    queries.forEach(q -> queryLang.merge(q.lang, 1, Integer::sum));
    int judgments = queries.stream().mapToInt(q -> q.judgments.size()).sum();
    System.out.printf(Locale.ROOT, "docs %d in %d languages %s%nqueries %d %s%njudgments %d (cross-lingual %d, grade 0: %d)%n",
        docs.size(), perLang.size(), perLang, queries.size(), queryLang, judgments, crossLingual, zeros);
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("problem: " + p));
      System.exit(1);
    }
  }

  /// Counts words; for Chinese and Japanese, which do not separate words, two characters count as one word.
  static int words(String text, String lang) {
    if (lang.equals("zh") || lang.equals("ja")) {
      return (int) text.codePoints().filter(Character::isLetterOrDigit).count() / 2;
    }
    return text.strip().split("\\s+").length;
  }

  static List<String[]> blocks(Path file) throws IOException {
    List<String[]> out = new ArrayList<>();
    String head = null;
    StringBuilder body = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("@ ")) {
        if (head != null) out.add(new String[] {head, body.toString().strip()});
        head = line.substring(2);
        body.setLength(0);
      } else if (head != null && !line.isBlank()) {
        body.append(line.strip()).append('\n');
      }
    }
    if (head != null) out.add(new String[] {head, body.toString().strip()});
    return out;
  }

  static void writeFiles(Path dir, Iterable<Doc> docs, List<Query> queries) throws IOException {
    Files.createDirectories(dir.resolve("qrels"));
    StringBuilder corpus = new StringBuilder();
    for (Doc d : docs) {
      String text = d.text.replace("\n", d.lang.equals("zh") || d.lang.equals("ja") ? "" : " ");
      corpus.append("{\"_id\":").append(json(d.id)).append(",\"title\":").append(json(d.title))
          .append(",\"text\":").append(json(text)).append(",\"metadata\":{\"language\":")
          .append(json(d.lang)).append("}}\n");
    }
    StringBuilder qs = new StringBuilder();
    StringBuilder qrels = new StringBuilder("query-id\tcorpus-id\tscore\n");
    for (Query q : queries) {
      qs.append("{\"_id\":").append(json(q.id)).append(",\"text\":").append(json(q.text))
          .append(",\"metadata\":{\"language\":").append(json(q.lang)).append("}}\n");
      q.judgments.forEach((doc, grade) -> qrels.append(q.id).append('\t').append(doc).append('\t').append(grade).append('\n'));
    }
    Files.writeString(dir.resolve("corpus.jsonl"), corpus, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("queries.jsonl"), qs, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("qrels/test.tsv"), qrels, StandardCharsets.UTF_8);
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
