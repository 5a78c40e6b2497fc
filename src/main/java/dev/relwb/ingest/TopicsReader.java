package dev.relwb.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Reads query files in the three common layouts: BEIR `queries.jsonl` (`_id`, `text`, and the language
/// from `metadata.language` or `language` when given), TREC
/// topics (`<top><num>…<title>…`), and `qid<TAB>text` lines. The layout is recognised from the
/// content, not the file name. Each topic's source is the file name.
public final class TopicsReader {
  private static final Pattern TOP = Pattern.compile("<top>(.*?)</top>", Pattern.DOTALL);
  private static final Pattern NUM = Pattern.compile("<num>\\s*(?:Number:)?\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE = Pattern.compile("<title>\\s*(?:Topic:)?(.*?)(?=<|$)",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private TopicsReader() { }

  /// Reads every topic of `file`, in file order.
  public static List<Topic> read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String head = text.stripLeading();
      String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      if (head.startsWith("{")) {
        return readJsonl(file, source);
      }
      if (head.toLowerCase(Locale.ROOT).startsWith("<top>")) {
        return readTrec(text, source);
      }
      return readTsv(file, source);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the topics file " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Topic> readJsonl(Path file, String source) throws IOException {
    List<Topic> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = Json.mapper().readTree(line);
        } catch (IOException e) {
          throw new WorkbenchException("Line " + n + " of " + file + " is not valid JSON", e);
        }
        String id = node.path("_id").asText();
        if (id.isBlank()) {
          throw new WorkbenchException("Line " + n + " of " + file + " has no \"_id\": every query needs one");
        }
        String lang = node.path("metadata").path("language").asText(node.path("language").asText(""));
        out.add(new Topic(new QueryId(id), node.path("text").asText(), lang, source));
      }
    }
    return out;
  }

  private static List<Topic> readTrec(String text, String source) {
    List<Topic> out = new ArrayList<>();
    Matcher top = TOP.matcher(text);
    while (top.find()) {
      Matcher num = NUM.matcher(top.group(1));
      Matcher title = TITLE.matcher(top.group(1));
      if (num.find() && title.find()) {
        out.add(topic(num.group(1), title.group(1).strip().replaceAll("\\s+", " "), source));
      }
    }
    return out;
  }

  private static List<Topic> readTsv(Path file, String source) throws IOException {
    List<Topic> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        out.add(topic(line.substring(0, tab).strip(), line.substring(tab + 1).strip(), source));
      }
    }
    return out;
  }

  private static Topic topic(String id, String text, String source) {
    return new Topic(new QueryId(id), text, null, source);
  }

  /// Writes `topics` as `qid<TAB>text` lines (whitespace in the text collapsed to single spaces).
  public static void writeTsv(List<Topic> topics, Path file) {
    StringBuilder sb = new StringBuilder();
    for (Topic t : topics) {
      sb.append(t.id().value()).append('\t').append(t.text().replaceAll("\\s+", " ").strip()).append('\n');
    }
    try {
      Files.writeString(file, sb, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the topics file " + file + ": " + e.getMessage(), e);
    }
  }
}
