package dev.relwb.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.CancelToken;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.PairInput;
import dev.relwb.service.PairScore;
import dev.relwb.service.RerankerInfo;
import dev.relwb.service.RuntimeOptions;
import dev.relwb.service.Services;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb score`: scores (query, passage) pairs with a mono-XM model (a folder, or a hub repo id,
/// downloaded into the Hugging Face cache when missing) and prints one JSON line per pair, in input
/// order: `{"index","lang","logit","score","tokens","truncated_tokens"}`. The model is loaded and run by
/// the rerank service on its inference thread. The device (once) and progress go to stderr.
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score query/passage pairs with a mono-XM (X-MOD) cross-encoder.",
        "  relwb score --model MODEL --lang CODE --query TEXT --passage TEXT [--passage TEXT ...]",
        "  relwb score --model MODEL --pairs FILE.jsonl   (lines {\"query\":..,\"passage\":..,\"lang\"?:..})",
        "MODEL is a model folder, org/name or org/name@revision (downloaded into the Hugging Face cache if missing)."})
final class ScoreCommand implements Callable<Integer> {
  private final Services services;

  @Spec
  CommandSpec spec;

  @Mixin
  ModelOption model;

  @Mixin
  AdapterLanguageOption lang;

  @Option(names = "--query", paramLabel = "TEXT", description = "The query.")
  String query;

  @Option(names = "--passage", paramLabel = "TEXT", description = "A passage (repeatable).")
  List<String> passages = new ArrayList<>();

  @Option(names = "--pairs", paramLabel = "FILE", description = "JSONL file of pairs.")
  Path pairsFile;

  @Option(names = "--max-length", paramLabel = "N", description = "Max tokens per pair (default 512).")
  Integer maxLength;

  @Option(names = "--device", paramLabel = "DEV", defaultValue = "auto", description = "auto, cpu, gpu or gpu:N.")
  String device;
  @Mixin PrecisionOption precision;

  @Option(names = "--threads", paramLabel = "N", description = "PyTorch intra-op threads (default: all cores).")
  int threads;

  @Option(names = "--no-cache", description = "Neither read nor write the score cache.")
  boolean noCache;

  ScoreCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    List<PairInput> pairs = pairs();
    if (maxLength != null && maxLength < 1) {
      throw new WorkbenchException("--max-length " + maxLength + " is too small; use at least 5 tokens");
    }
    PrintWriter err = spec.commandLine().getErr();
    ProgressPrinter download = new ProgressPrinter(err, System.console() != null);
    RerankerInfo info;
    try {
      info = services.rerank().load(model.ref(), RuntimeOptions.on(device, threads).withPrecision(precision.value()),
          download, CancelToken.none());
    } finally {
      download.finish();
    }
    err.println("relwb: model " + model.ref() + " (" + info.id() + ") on " + info.device() + ", "
        + info.languages().size() + " languages, default " + info.defaultLanguage() + ", precision "
        + info.precision() + " (" + info.precisionReason() + ")");
    err.flush();
    List<PairScore> scores = services.rerank().scorePairs(pairs, lang.code(), maxLength == null ? 0 : maxLength,
        !noCache, new ProgressPrinter(err), CancelToken.none());
    PrintWriter out = spec.commandLine().getOut();
    for (PairScore s : scores) {
      ObjectNode o = Json.mapper().createObjectNode();
      o.put("index", s.index()).put("lang", s.lang()).put("logit", s.logit()).put("score", s.score())
          .put("tokens", s.tokens()).put("truncated_tokens", s.truncatedTokens());
      out.println(o);
    }
    out.flush();
    return 0;
  }

  private List<PairInput> pairs() {
    if (pairsFile != null) {
      if (query != null || !passages.isEmpty()) {
        throw new WorkbenchException("Use either --pairs FILE or --query/--passage, not both");
      }
      return readPairs(pairsFile);
    }
    if (query == null || passages.isEmpty()) {
      throw new WorkbenchException("Give --query TEXT and at least one --passage TEXT, or --pairs FILE.jsonl");
    }
    return passages.stream().map(p -> new PairInput(query, p, null)).toList();
  }

  static List<PairInput> readPairs(Path file) {
    List<PairInput> r = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        r.add(pair(file, lineNo, line));
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read pairs file " + file + ": " + e.getMessage(), e);
    }
    if (r.isEmpty()) {
      throw new WorkbenchException("Pairs file " + file + " has no pairs");
    }
    return r;
  }

  private static PairInput pair(Path file, int lineNo, String line) {
    JsonNode n;
    try {
      n = Json.mapper().readTree(line);
    } catch (JacksonException e) {
      throw new WorkbenchException("Pairs file " + file + " line " + lineNo + " is not JSON ("
          + e.getOriginalMessage() + ")", e);
    }
    if (n == null || !n.isObject() || !n.path("query").isTextual() || !n.path("passage").isTextual()) {
      throw new WorkbenchException("Pairs file " + file + " line " + lineNo
          + " needs {\"query\": text, \"passage\": text, \"lang\"?: code}");
    }
    String l = n.path("lang").isTextual() ? n.get("lang").textValue() : null;
    return new PairInput(n.get("query").textValue(), n.get("passage").textValue(), l);
  }
}
