package dev.relwb.ui;

import dev.relwb.service.CpuSummary;
import dev.relwb.service.RerankerInfo;
import dev.relwb.service.Settings;
import dev.relwb.service.WorkbenchPorts;
import dev.relwb.ui.corpus.CorpusViewModel;
import dev.relwb.ui.evaluation.EvaluationViewModel;
import dev.relwb.ui.search.DocumentViewModel;
import dev.relwb.ui.search.SearchViewModel;
import dev.relwb.ui.settings.SettingsViewModel;
import dev.relwb.ui.support.TaskRunner;
import dev.relwb.ui.team.SnapshotSetup;
import dev.relwb.ui.team.TeamViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The window's model: builds the feature ViewModels over the ports, shares the current workspace
/// between them, keeps the BM25-only banner and the settings (last workspace, search bar) in sync,
/// and runs the first-run steps.
public final class MainViewModel {
  private final StringProperty workspace = new SimpleStringProperty("");
  private final BooleanProperty bm25Only = new SimpleBooleanProperty(true);
  private final StringProperty modelLine = new SimpleStringProperty("");
  private final SettingsViewModel settings;
  private final SearchViewModel search;
  private final DocumentViewModel document;
  private final EvaluationViewModel evaluation;
  private final CorpusViewModel corpus;
  private final TeamViewModel team;
  private final CpuSummary cpu;

  /// Builds the feature models over `ports`, running jobs on `runner`.
  public MainViewModel(WorkbenchPorts ports, TaskRunner runner) {
    cpu = ports.reranking().cpu();
    settings = new SettingsViewModel(ports.settings(), ports.reranking(), runner);
    search = new SearchViewModel(ports.retrieval(), ports.clusters(), ports.reranking(), ports.judging(),
        ports.evaluating(), runner, workspace, settings::settings);
    document = new DocumentViewModel(ports.retrieval(), runner, search);
    evaluation = new EvaluationViewModel(ports.evaluating(), runner, workspace,
        () -> search.language().get().code(), () -> search.depth().get(), settings::settings);
    corpus = new CorpusViewModel(ports.corpora(), ports.clusters(), runner, workspace);
    team = new TeamViewModel(ports, runner, workspace,
        () -> snapshotSetup(ports.reranking().model().isPresent()));
    Settings s = settings.settings();
    search.querySets().connect(ports.querySets());
    search.judging().annotators().remember(s.annotator(), n -> settings.update(x -> x.withAnnotator(n)));
    applyModel(settings.model().get());
    if (s.rerankDepth() > 0) {
      search.depth().set(s.rerankDepth());
    }
    search.languages().stream().filter(l -> l.code().equals(s.adapterLanguage())).findFirst()
        .ifPresent(search.language()::set);
    settings.model().addListener((o, a, m) -> applyModel(m));
    workspace.addListener((o, a, ws) -> settings.update(x -> x.withWorkspace(ws == null ? "" : ws)));
    search.depth().addListener((o, a, d) -> saveSearchBar());
    search.language().addListener((o, a, l) -> saveSearchBar());
  }

  private void applyModel(RerankerInfo m) {
    search.applyModel(m, settings.settings().rerankDepth() > 0);
    bm25Only.set(m == null);
    modelLine.set((m != null ? m.name() + " · " + m.device() + " · " + m.precision() : "BM25-only mode")
        + " · CPU " + cpu.brief());
  }

  /// How a snapshot saved now ranks: the Search tab's template, depth (with a model) and adapters.
  private SnapshotSetup snapshotSetup(boolean model) {
    List<String> adapters = new ArrayList<>(List.of(search.language().get().code()));
    if (search.compareLanguage().get() != null) {
      adapters.add(search.compareLanguage().get().code());
    }
    Settings s = settings.settings();
    return new SnapshotSetup(search.firstStages().template().get(), model ? search.depth().get() : 0,
        model ? adapters : List.of(), s.k1(), s.b());
  }

  private void saveSearchBar() {
    settings.update(x -> x.withSearch(search.depthChosen() ? search.depth().get() : 0,
        search.language().get().code()));
  }

  /// First steps after the window opens: open the last workspace (or create "Sample" when there
  /// is none), and load the remembered model if there is one.
  public void start() {
    start(null);
  }

  /// As [#start()], opening workspace `preferred` instead of the last one when it exists (null = the last).
  public void start(String preferred) {
    corpus.start(preferred != null && !preferred.isBlank() ? preferred : settings.settings().lastWorkspace(),
        workspace::set);
    if (settings.model().get() == null && !settings.modelLocation().get().isBlank()) {
      settings.loadModel();
    }
  }

  /// The workspace the window works on.
  public StringProperty workspace() {
    return workspace;
  }

  /// True while no model is loaded (the banner shows).
  public BooleanProperty bm25Only() {
    return bm25Only;
  }

  /// This machine's CPU, its brief form at the end of [#modelLine] and its description in a tooltip.
  public CpuSummary cpu() {
    return cpu;
  }

  /// "model · device · precision · CPU AVX-512 + AMX-BF16" or "BM25-only mode · CPU AVX2", for the
  /// status bar.
  public StringProperty modelLine() {
    return modelLine;
  }

  /// The settings tab model.
  public SettingsViewModel settings() {
    return settings;
  }

  /// The search view model.
  public SearchViewModel search() {
    return search;
  }

  /// The document pane model.
  public DocumentViewModel document() {
    return document;
  }

  /// The evaluation tab model.
  public EvaluationViewModel evaluation() {
    return evaluation;
  }

  /// The corpus tab model.
  public CorpusViewModel corpus() {
    return corpus;
  }

  /// The Team tab model.
  public TeamViewModel team() {
    return team;
  }
}
