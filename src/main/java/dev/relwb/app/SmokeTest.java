package dev.relwb.app;

import dev.relwb.ui.MainView;
import dev.relwb.ui.MainViewModel;
import dev.relwb.ui.Screenshots;
import dev.relwb.ui.search.SearchViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// `relwb gui --smoke-test`: opens the window, lets the first run create and index the sample
/// workspace, runs a search, waits for the rerank with the given model, saves a screenshot and
/// exits — status 0 on success, 1 with a message on stderr when a step fails or times out.
final class SmokeTest {
  private static final Logger LOG = LoggerFactory.getLogger(SmokeTest.class);
  private final String model;
  private final String query;
  private final Path screenshot;
  private final java.time.Duration timeout;
  private volatile int exitCode = 1;
  private Instant deadline;
  private String step = "start";

  SmokeTest(String model, String query, Path screenshot, java.time.Duration timeout) {
    this.model = model;
    this.query = query;
    this.screenshot = screenshot;
    this.timeout = timeout;
  }

  int exitCode() {
    return exitCode;
  }

  void run(Stage stage, MainView view, MainViewModel vm, String workspace) {
    deadline = Instant.now().plus(timeout);
    if (model != null && !model.isBlank()) {
      vm.settings().modelLocation().set(model);
    }
    vm.start(workspace);
    SearchViewModel search = vm.search();
    step = "open the workspace" + (model == null ? "" : " and load the model");
    waitFor(() -> !vm.workspace().get().isBlank() && (workspace == null || vm.workspace().get().equals(workspace))
        && (model == null || vm.settings().model().get() != null),
        () -> {
          step = "search and rerank";
          search.query().set(query);
          search.search();
          waitFor(() -> !search.bm25Rows().isEmpty() && vm.document().detail().get() != null && (model == null
              || (!search.reranked().rows().isEmpty() && !search.reranked().running())), () -> finish(view), vm);
        }, vm);
  }

  private void finish(MainView view) {
    try {
      Screenshots.save(view.root(), screenshot);
      System.err.println("relwb: smoke test passed; screenshot " + screenshot);
      exitCode = 0;
    } catch (RuntimeException e) {
      fail("save the screenshot: " + e.getMessage(), e);
    }
    Platform.exit();
  }

  private void waitFor(BooleanSupplier done, Runnable then, MainViewModel vm) {
    Timeline poll = new Timeline();
    poll.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
      if (vm.search().status().get().startsWith("0 BM25 hits")) {
        poll.stop();
        fail(step + ": the query '" + query + "' found nothing (" + vm.search().status().get() + ")", null);
        Platform.exit();
      } else if (done.getAsBoolean()) {
        poll.stop();
        then.run();
      } else if (Instant.now().isAfter(deadline)) {
        poll.stop();
        fail(step + " (status: " + vm.search().status().get() + " / " + vm.corpus().status().get() + " / "
            + vm.settings().status().get() + ")", null);
        Platform.exit();
      }
    }));
    poll.setCycleCount(Timeline.INDEFINITE);
    poll.play();
  }

  private void fail(String what, Throwable e) {
    LOG.error("Smoke test failed: {}", what, e);
    System.err.println("relwb: smoke test failed: could not " + what);
    exitCode = 1;
  }
}
