package dev.relwb.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.cluster.ClusterAuth;
import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterEngine;
import dev.relwb.cluster.ClusterException;
import dev.relwb.cluster.ClusterFields;
import dev.relwb.service.WorkspaceInfo;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/// The Corpus tab's model and its *Connect to a cluster* form, without the FX toolkit, on a same-thread
/// runner and in-memory ports.
class CorpusViewModelTest {
  private final FakePorts ports = new FakePorts();
  private final SameThreadTaskRunner runner = SameThreadTaskRunner.immediate();
  private final StringProperty workspace = new SimpleStringProperty("Fake");
  private final CorpusViewModel corpus = new CorpusViewModel(ports, ports, runner, workspace);
  private final ClusterConnectViewModel form = corpus.connectForm();

  private void typeCluster() {
    form.url().set("http://localhost:9200");
    form.index().set("cranfield");
  }

  @Test
  void testFillsThePickersAndPreselectsTitleAndText() {
    typeCluster();
    assertThat(form.tested().get()).isFalse();
    form.test();
    assertThat(ports.calls).containsExactly("test OpenSearch at http://localhost:9200 (index cranfield)");
    assertThat(form.idFields()).containsExactly("_id", "body", "tag", "title");
    assertThat(form.titleFields()).containsExactly(ClusterConnectViewModel.NONE, "body", "title");
    assertThat(form.textFields()).containsExactly("body", "title");
    assertThat(form.langFields()).containsExactly(ClusterConnectViewModel.NONE, "body", "tag", "title");
    assertThat(form.idField().get()).isEqualTo("_id");
    assertThat(form.titleField().get()).isEqualTo("title");
    assertThat(form.textField().get()).isEqualTo("body");
    assertThat(form.langField().get()).isEqualTo(ClusterConnectViewModel.NONE);
    assertThat(form.status().get()).startsWith("OpenSearch 3.9.0 · 10 documents · 3 fields: check the field");
    assertThat(form.tested().get()).isTrue();
    assertThat(form.name().get()).isEqualTo("cranfield");

    form.textField().set("title");
    form.test();
    assertThat(form.textField().get()).as("a picked field is kept").isEqualTo("title");
    assertThat(form.status().get()).isEqualTo("OpenSearch 3.9.0 · 10 documents · fields OK");
    assertThat(form.problem().get()).isFalse();
    form.url().set("http://localhost:9201");
    assertThat(form.tested().get()).as("another URL needs another test").isFalse();
  }

  @Test
  void connectSendsTheConfigAndTheTypedSecretThenSelectsTheNewWorkspace() {
    typeCluster();
    form.auth().set(AuthChoice.BASIC);
    form.user().set("admin");
    form.secret().set("s3cret");
    form.test();
    assertThat(ports.lastSecret).isEqualTo("s3cret");
    form.name().set("cran-os");
    form.connect();
    assertThat(ports.calls).contains("connect cran-os OpenSearch at http://localhost:9200 (index cranfield)");
    ClusterConfig sent = ports.clusterWorkspaces.get("cran-os");
    assertThat(sent.engine()).isEqualTo(ClusterEngine.OPENSEARCH);
    assertThat(sent.url()).isEqualTo("http://localhost:9200");
    assertThat(sent.index()).isEqualTo("cranfield");
    assertThat(sent.fields()).isEqualTo(new ClusterFields("_id", "title", "body", null));
    assertThat(sent.auth()).isEqualTo(new ClusterAuth("basic", "admin", null));
    assertThat(ports.lastSecret).isEqualTo("s3cret");
    assertThat(form.secret().get()).as("the form forgets the secret").isEmpty();
    assertThat(form.connected().get().name()).isEqualTo("cran-os");
    assertThat(workspace.get()).isEqualTo("cran-os");
    assertThat(corpus.workspaces()).extracting(WorkspaceInfo::name).containsExactly("Fake", "cran-os");
    assertThat(corpus.status().get()).doesNotContain("s3cret");
    assertThat(runner.failures()).isEmpty();
  }

  @Test
  void solrWithAnApiKeyIsConnectedWithItsOwnIdField() {
    form.engine().set(ClusterEngine.SOLR);
    form.url().set("http://localhost:8983/solr/");
    form.index().set("docs");
    form.auth().set(AuthChoice.API_KEY);
    form.user().set("ignored");
    form.secret().set("key-1");
    form.test();
    assertThat(form.idFields()).as("no _id on Solr").containsExactly("body", "tag", "title");
    form.idField().set("tag");
    form.langField().set("tag");
    form.connect();
    ClusterConfig sent = ports.clusterWorkspaces.get("docs");
    assertThat(sent.engine()).isEqualTo(ClusterEngine.SOLR);
    assertThat(sent.url()).isEqualTo("http://localhost:8983/solr");
    assertThat(sent.fields()).isEqualTo(new ClusterFields("tag", "title", "body", "tag"));
    assertThat(sent.auth()).isEqualTo(new ClusterAuth("apikey", null, null));
    assertThat(ports.lastSecret).isEqualTo("key-1");
  }

  @Test
  void anErrorFromTestShowsInTheStatusLine() {
    typeCluster();
    ports.clusterFailure = new ClusterException("OpenSearch at http://localhost:9200 (index cranfield) does not"
        + " answer: start it or fix the URL", 0, new java.net.ConnectException("refused"));
    form.test();
    assertThat(form.status().get()).isEqualTo("OpenSearch at http://localhost:9200 (index cranfield) does not"
        + " answer: start it or fix the URL");
    assertThat(form.problem().get()).isTrue();
    assertThat(form.busy().get()).isFalse();
    assertThat(form.tested().get()).isFalse();
    assertThat(form.textFields()).isEmpty();
  }

  @Test
  void badInputIsReportedWithoutCallingTheCluster() {
    form.url().set("localhost:9200");
    form.index().set("cranfield");
    form.test();
    assertThat(form.status().get()).contains("is not an http:// or https:// URL");
    typeCluster();
    form.auth().set(AuthChoice.BASIC);
    form.test();
    assertThat(form.status().get()).isEqualTo("Basic auth needs a user name: type it, or pick another auth");
    form.auth().set(AuthChoice.NONE);
    form.test();
    form.name().set(" ");
    form.connect();
    assertThat(form.status().get()).isEqualTo("Type a workspace name first.");
    assertThat(ports.calls).containsExactly("test OpenSearch at http://localhost:9200 (index cranfield)");
  }

  @Test
  void clusterWorkspacesAreListedWithTheirConnectionAndTakeASessionSecret() {
    ports.clusterWorkspaces.put("cran-os", ClusterConfig.of(ClusterEngine.OPENSEARCH, "http://localhost:9200",
        "cranfield", new ClusterFields(null, "title", "body", null), new ClusterAuth("apikey", null, null), null));
    corpus.start("cran-os", workspace::set);
    WorkspaceInfo w = corpus.info("cran-os").orElseThrow();
    assertThat(CorpusViewModel.listLine(w)).isEqualTo("OpenSearch · cranfield");
    assertThat(CorpusViewModel.details(w))
        .isEqualTo("cran-os: OpenSearch at http://localhost:9200 (index cranfield) · templates: default · 0 topics");
    assertThat(CorpusViewModel.needsSecret(w)).isTrue();
    WorkspaceInfo local = corpus.info("Fake").orElseThrow();
    assertThat(CorpusViewModel.listLine(local)).isEqualTo("10 docs");
    assertThat(CorpusViewModel.needsSecret(local)).isFalse();
    corpus.useSecret("cran-os", "key-2");
    assertThat(ports.calls).contains("secret cran-os");
    assertThat(corpus.status().get()).isEqualTo("Set the password / API key of cran-os for this session");
  }
}
