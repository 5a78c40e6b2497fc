package dev.relwb.cli;

import dev.relwb.core.CancelToken;
import dev.relwb.service.CpuSummary;
import dev.relwb.service.ModelHubService;
import dev.relwb.service.ModelInfo;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb model download REPO[@REV]` and `relwb model info --model M`.
@Command(name = "model", description = "Get a model from the Hugging Face hub and describe models.",
    subcommands = {ModelCommand.Download.class, ModelCommand.Info.class})
public final class ModelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /// Without a subcommand: prints the usage on stderr (a usage error).
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /// `relwb model download REPO[@REV]`: fetches a model into the Hugging Face cache.
  @Command(name = "download", mixinStandardHelpOptions = true, description = {"Download a model from the Hugging Face hub (or HF_ENDPOINT) into the"
      + " standard cache (HF_HUB_CACHE, else $HF_HOME/hub, else ~/.cache/huggingface/hub), resuming an"
      + " interrupted download. HF_TOKEN (or $HF_HOME/token) is sent for private or gated repos."})
  static final class Download implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "REPO[@REV]", description = "e.g. antoinelouis/mono-xm or org/name@v1.0")
    String model;

    Download(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      ProgressPrinter progress = new ProgressPrinter(err, System.console() != null);
      ModelHubService.Download d;
      try {
        d = services.hub().download(model, progress, CancelToken.none());
      } finally {
        progress.finish();
      }
      PrintWriter out = spec.commandLine().getOut();
      ModelInfo m = d.model();
      out.printf(Locale.ROOT, "%s at commit %s: %d files, %s (%s downloaded now)%n", m.repo(), m.commit(),
          m.files().size(), human(m.totalBytes()), human(d.bytesTransferred()));
      out.println(m.folder());
      out.flush();
      return 0;
    }
  }

  /// `relwb model info --model M`: what a model is and where it is, without the network.
  @Command(name = "info", mixinStandardHelpOptions = true, description = "Show a model's repo, revision and commit, files and sizes, languages,"
      + " architecture, where it is cached, and this CPU's vector units. Never downloads.")
  static final class Info implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin ModelOption model;

    Info(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      ModelInfo m = services.hub().info(model.ref());
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "repo:         %s%n", m.fromHub() ? m.repo() : "(local folder)");
      if (m.fromHub()) {
        out.printf(Locale.ROOT, "revision:     %s%n", m.revision() == null ? "-" : m.revision());
        out.printf(Locale.ROOT, "commit:       %s%n", m.commit());
      }
      out.printf(Locale.ROOT, "family:       %s, %d layers, hidden %d, %s, max length %s%n", m.family(), m.layers(),
          m.hiddenSize(), m.languages().isEmpty() ? "no language adapters (one model for every language)"
              : m.languages().size() + " language adapters", m.maxLength() > 0 ? m.maxLength() + " tokens" : "?");
      out.printf(Locale.ROOT, "architecture: %s (model_type %s, %d layers, hidden size %d)%n", m.architecture(),
          m.modelType().isEmpty() ? "?" : m.modelType(), m.layers(), m.hiddenSize());
      out.printf(Locale.ROOT, "languages:    %s%n", m.languages().isEmpty() ? "(none listed)"
          : m.languages().size() + ": " + String.join(" ", m.languages()));
      out.printf(Locale.ROOT, "folder:       %s%n", m.folder());
      CpuSummary cpu = CpuSummary.current();
      out.printf(Locale.ROOT, "cpu:          %s; --precision auto: %s%n", cpu.description(), cpu.auto());
      if (m.cacheRoot() != null) {
        out.printf(Locale.ROOT, "cache:        %s%n", m.cacheRoot());
      }
      out.println("files:");
      for (ModelInfo.FileEntry f : m.files()) {
        out.printf(Locale.ROOT, "  %-40s %12d  %s%n", f.name(), f.size(), human(f.size()));
      }
      out.printf(Locale.ROOT, "  %-40s %12d  %s%n", "total", m.totalBytes(), human(m.totalBytes()));
      out.flush();
      return 0;
    }
  }

  static String human(long n) {
    if (n < 1024) {
      return n + " B";
    }
    int unit = Math.min(4, (63 - Long.numberOfLeadingZeros(n)) / 10);
    return String.format(Locale.ROOT, "%.1f %s", n / Math.pow(1024, unit), "BKMGT".charAt(unit) + "B");
  }
}
