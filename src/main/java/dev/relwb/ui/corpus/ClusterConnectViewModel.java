package dev.relwb.ui.corpus;

import dev.relwb.cluster.ClusterAuth;
import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterEngine;
import dev.relwb.cluster.ClusterFields;
import dev.relwb.cluster.ClusterStatus;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.Clusters;
import dev.relwb.service.WorkspaceInfo;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import dev.relwb.ui.support.UiMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The *Connect to a cluster* form: engine, URL, index or collection, auth, CA file and workspace name;
/// *Test connection* asks the cluster for its fields (filling the field pickers), *Connect* creates the
/// workspace. Both run as jobs. A typed password or API key goes only to `Clusters.test` and
/// `Clusters.connect` (which keeps it for the session); it is never saved or shown in a status line.
public final class ClusterConnectViewModel {
  /// The picker entry for "no such field" (title, language).
  public static final String NONE = "(none)";
  private static final List<String> TEXT_NAMES = List.of("text", "body", "content", "contents");
  private static final List<String> LANG_NAMES = List.of("lang", "language");
  private final Clusters clusters;
  private final TaskRunner runner;
  private final Consumer<WorkspaceInfo> onConnected;
  private final ObjectProperty<ClusterEngine> engine = new SimpleObjectProperty<>(ClusterEngine.OPENSEARCH);
  private final StringProperty url = new SimpleStringProperty("");
  private final StringProperty index = new SimpleStringProperty("");
  private final ObjectProperty<AuthChoice> auth = new SimpleObjectProperty<>(AuthChoice.NONE);
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty secret = new SimpleStringProperty("");
  private final StringProperty caFile = new SimpleStringProperty("");
  private final StringProperty name = new SimpleStringProperty("");
  private final ObservableList<String> idFields = FXCollections.observableArrayList();
  private final ObservableList<String> titleFields = FXCollections.observableArrayList();
  private final ObservableList<String> textFields = FXCollections.observableArrayList();
  private final ObservableList<String> langFields = FXCollections.observableArrayList();
  private final StringProperty idField = new SimpleStringProperty();
  private final StringProperty titleField = new SimpleStringProperty();
  private final StringProperty textField = new SimpleStringProperty();
  private final StringProperty langField = new SimpleStringProperty();
  private final StringProperty status = new SimpleStringProperty("Fill in the cluster, then Test connection.");
  private final BooleanProperty problem = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty tested = new SimpleBooleanProperty(false);
  private final ObjectProperty<WorkspaceInfo> connected = new SimpleObjectProperty<>();
  private JobHandle job;

  /// A form over `clusters`, running its jobs on `runner`; `onConnected` gets each new workspace.
  public ClusterConnectViewModel(Clusters clusters, TaskRunner runner, Consumer<WorkspaceInfo> onConnected) {
    this.clusters = clusters;
    this.runner = runner;
    this.onConnected = onConnected;
    engine.addListener((o, a, e) -> {
      clearPickers();
      tested.set(false);
    });
    url.addListener((o, a, u) -> tested.set(false));
    index.addListener((o, a, i) -> tested.set(false));
  }

  /// The example URL of the chosen engine (the URL field's prompt).
  public static String urlExample(ClusterEngine e) {
    return e == ClusterEngine.SOLR ? "http://localhost:8983/solr" : "http://localhost:9200";
  }

  /// The connection as typed and picked; throws a `WorkbenchException` naming what is missing or wrong.
  public ClusterConfig config() {
    ClusterEngine e = engine.get();
    String id = blank(idField.get()) ? (e == ClusterEngine.SOLR ? "id" : "_id") : idField.get();
    String text = blank(textField.get()) ? "text" : textField.get();
    ClusterFields fields = new ClusterFields(id, orNull(titleField.get()), text, orNull(langField.get()));
    AuthChoice a = auth.get();
    ClusterAuth how = new ClusterAuth(a.kind(), a == AuthChoice.BASIC ? orNull(user.get()) : null, null);
    if (a == AuthChoice.BASIC && how.user() == null) {
      throw new WorkbenchException("Basic auth needs a user name: type it, or pick another auth");
    }
    return ClusterConfig.of(e, url.get(), index.get(), fields, how, orNull(caFile.get()));
  }

  /// Asks the cluster for its version, documents and fields in a job; fills and preselects the pickers.
  public void test() {
    ClusterConfig config = formConfig();
    if (config == null || busy.get()) {
      return;
    }
    String typed = typedSecret();
    start("Testing " + config.where() + "…");
    job = runner.run("Test connection", ctx -> clusters.test(config, typed),
        JobCallbacks.<ClusterStatus>of(s -> tested(config, s), this::fail));
  }

  private void tested(ClusterConfig config, ClusterStatus s) {
    busy.set(false);
    fillPickers(config.engine(), s);
    ClusterConfig now = formConfig();
    boolean samePicks = now != null && config.fields().equals(now.fields());
    String head = String.format(Locale.ROOT, "%s %s · %,d documents", config.engine().shown(), s.version(),
        s.documents());
    if (s.textFields().isEmpty()) {
      show(head + " · no analysed text field in " + config.engine().container() + " " + config.index(), true);
    } else if (!samePicks) {
      show(head + " · " + s.fields().size() + " fields: check the field pickers, then Connect", false);
    } else if (s.ok()) {
      show(head + " · fields OK", false);
    } else {
      show(head + " · " + String.join("; ", s.problems()), true);
    }
    if (blank(name.get())) {
      name.set(config.index().replaceAll("[^A-Za-z0-9._-]", "-"));
    }
    tested.set(true);
  }

  /// Creates the workspace in a job (the service tests again and refuses unusable fields).
  public void connect() {
    String ws = name.get() == null ? "" : name.get().strip();
    if (ws.isEmpty()) {
      show("Type a workspace name first.", true);
      return;
    }
    ClusterConfig config = formConfig();
    if (config == null || busy.get()) {
      return;
    }
    String typed = typedSecret();
    start("Connecting " + ws + " to " + config.where() + "…");
    job = runner.run("Connect " + ws, ctx -> clusters.connect(ws, config, typed),
        JobCallbacks.<WorkspaceInfo>of(info -> {
          busy.set(false);
          secret.set("");
          show("Connected workspace " + info.name() + " to " + config.where(), false);
          onConnected.accept(info);
          connected.set(info);
        }, this::fail));
  }

  /// Stops waiting for a running test or connect (its answer is ignored).
  public void cancel() {
    if (job != null) {
      job.cancel();
    }
    if (busy.get()) {
      busy.set(false);
      show("Cancelled.", false);
    }
  }

  private ClusterConfig formConfig() {
    try {
      return config();
    } catch (WorkbenchException e) {
      show(UiMessages.shortMessage(e), true);
      return null;
    }
  }

  private String typedSecret() {
    String s = secret.get();
    return auth.get().needsSecret() && s != null && !s.isEmpty() ? s : null;
  }

  private void start(String message) {
    busy.set(true);
    show(message, false);
  }

  private void fail(Throwable e) {
    busy.set(false);
    tested.set(false);
    show(UiMessages.shortMessage(e), true);
  }

  private void show(String message, boolean isProblem) {
    status.set(message);
    problem.set(isProblem);
  }

  private void clearPickers() {
    List.of(idFields, titleFields, textFields, langFields).forEach(List::clear);
    List.of(idField, titleField, textField, langField).forEach(p -> p.set(null));
  }

  private void fillPickers(ClusterEngine e, ClusterStatus s) {
    List<String> before = List.of(idField, titleField, textField, langField).stream()
        .map(p -> p.get() == null ? "" : p.get()).toList();
    List<String> all = s.fields().stream().map(ClusterStatus.FieldInfo::name).sorted().toList();
    List<String> text = s.textFields().stream().sorted().toList();
    List<String> ids = new ArrayList<>(all);
    if (e == ClusterEngine.OPENSEARCH) {
      ids.remove("_id");
      ids.addFirst("_id");
    }
    idFields.setAll(ids);
    titleFields.setAll(withNone(text));
    textFields.setAll(text);
    langFields.setAll(withNone(all));
    pick(idField, before.get(0), ids, List.of(e == ClusterEngine.SOLR ? "id" : "_id"), first(ids));
    pick(titleField, before.get(1), titleFields, List.of("title"), NONE);
    pick(textField, before.get(2), text, TEXT_NAMES, first(text));
    pick(langField, before.get(3), langFields, LANG_NAMES, NONE);
  }

  /// Keeps `before` when it is still offered; else the first of `preferred` that is, else `fallback`.
  private static void pick(StringProperty picked, String before, List<String> offered, List<String> preferred,
      String fallback) {
    picked.set(offered.contains(before) ? before
        : preferred.stream().filter(offered::contains).findFirst().orElse(fallback));
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? null : names.getFirst();
  }

  private static List<String> withNone(List<String> names) {
    List<String> out = new ArrayList<>();
    out.add(NONE);
    out.addAll(names);
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String orNull(String s) {
    return blank(s) || Objects.equals(s, NONE) ? null : s.strip();
  }

  /// The engine: OpenSearch or Solr.
  public ObjectProperty<ClusterEngine> engine() {
    return engine;
  }

  /// The base URL.
  public StringProperty url() {
    return url;
  }

  /// The OpenSearch index or Solr collection.
  public StringProperty index() {
    return index;
  }

  /// How requests authenticate.
  public ObjectProperty<AuthChoice> auth() {
    return auth;
  }

  /// The basic-auth user.
  public StringProperty user() {
    return user;
  }

  /// The typed password or API key (cleared after connecting; never saved).
  public StringProperty secret() {
    return secret;
  }

  /// A PEM file of CA certificates to trust, or blank.
  public StringProperty caFile() {
    return caFile;
  }

  /// The name of the workspace to create.
  public StringProperty name() {
    return name;
  }

  /// The id picker's fields (with `_id` first for OpenSearch).
  public ObservableList<String> idFields() {
    return idFields;
  }

  /// The title picker's fields: the text fields and [#NONE].
  public ObservableList<String> titleFields() {
    return titleFields;
  }

  /// The text picker's fields: the analysed text fields.
  public ObservableList<String> textFields() {
    return textFields;
  }

  /// The language picker's fields: every field and [#NONE].
  public ObservableList<String> langFields() {
    return langFields;
  }

  /// The picked id field.
  public StringProperty idField() {
    return idField;
  }

  /// The picked title field, or [#NONE].
  public StringProperty titleField() {
    return titleField;
  }

  /// The picked text field.
  public StringProperty textField() {
    return textField;
  }

  /// The picked language field, or [#NONE].
  public StringProperty langField() {
    return langField;
  }

  /// The one status line: the test result, a problem or an error.
  public StringProperty status() {
    return status;
  }

  /// Whether the status line reports a problem.
  public BooleanProperty problem() {
    return problem;
  }

  /// Whether a test or connect runs.
  public BooleanProperty busy() {
    return busy;
  }

  /// Whether the connection was tested (since the engine, URL or index last changed): Connect is enabled.
  public BooleanProperty tested() {
    return tested;
  }

  /// The last workspace connected from this form.
  public ObjectProperty<WorkspaceInfo> connected() {
    return connected;
  }
}
