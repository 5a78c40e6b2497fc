package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.cluster.ClusterAuth;
import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterEngine;
import dev.relwb.cluster.ClusterFields;
import dev.relwb.cluster.QueryTemplate;
import dev.relwb.core.Json;
import org.junit.jupiter.api.Test;

class WorkspaceSettingsTest {
  @Test
  void aClusterWorkspaceRoundTripsThroughWorkspaceJsonWithoutItsSecret() throws Exception {
    ClusterConfig c = ClusterConfig.of(ClusterEngine.SOLR, "https://solr.example.com/solr", "docs",
        new ClusterFields("id", "title", "body", "lang"), new ClusterAuth("basic", "reader", "SOLR_PW"), null)
        .withTemplate(new QueryTemplate("title", "defType=edismax&qf=title^2 body&q={{query}}"));
    WorkspaceSettings s = WorkspaceSettings.create("w").withCluster(c);
    String json = Json.mapper().writeValueAsString(s);
    WorkspaceSettings back = Json.mapper().readValue(json, WorkspaceSettings.class);
    assertThat(back).isEqualTo(s);
    assertThat(back.hasCluster()).isTrue();
    assertThat(json).contains("\"secretEnv\":\"SOLR_PW\"");
    WorkspaceSettings local = Json.mapper().readValue(Json.mapper().writeValueAsString(WorkspaceSettings.create("l")),
        WorkspaceSettings.class);
    assertThat(local.hasCluster()).isFalse();
  }
}
