package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.core.Topic;
import dev.relwb.service.JudgmentService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The text-keyed judgment formats, Quepid ratings CSV and OpenSearch SRW judgment lists: queries map to topics
/// by text, and an export imports into a fresh workspace with the same grade per (query text, document).
class JudgmentFormatsTest {
  @TempDir Path tmp;

  @Test
  void quepidImportFindsTopicsByTextAndRoundTripsIntoAFreshWorkspace() throws Exception {
    TestServices s = new TestServices(tmp);
    JudgmentService j = s.judgments();
    Topic typed = j.topicFor("a", "Cheap Flights, Paris", null);
    j.addTopics("a", java.util.List.of(Topic.of("q7", "")));
    String csv = "query,docid,rating\n\"cheap flights, paris \",d1,3\n\"the \"\"best\"\"\npizza\",d2,0\n"
        + "q7,d9,2\n\"Cheap flights, Paris\",d7,1\n";
    Path in = Files.writeString(tmp.resolve("q.csv"), csv, StandardCharsets.UTF_8);
    TestServices.Result imp = s.run("judge", "import", "--workspace", "a", "--format", "quepid", in.toString());
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(j.judgments("a", typed.id())).hasSize(2);
    assertThat(j.topics("a")).extracting(Topic::text)
        .containsExactlyInAnyOrder("Cheap Flights, Paris", "", "the \"best\"\npizza");
    Topic pizza = j.topicFor("a", "THE \"BEST\"\nPIZZA", null);
    assertThat(pizza.source()).isEqualTo("quepid import");
    assertThat(j.judgments("a", pizza.id())).hasSize(1);

    Path out = tmp.resolve("out.csv");
    assertThat(s.run("judge", "export", "--workspace", "a", "--format", "quepid", out.toString()).exit()).isZero();
    assertThat(Files.readString(out)).isEqualTo("query,docid,rating\n\"Cheap Flights, Paris\",d1,3\n"
        + "\"Cheap Flights, Paris\",d7,1\nq7,d9,2\n\"the \"\"best\"\"\npizza\",d2,0\n");
    assertThat(s.run("judge", "import", "--workspace", "b", "--format", "quepid", out.toString()).exit()).isZero();
    assertThat(gradesByText(j, "b")).isEqualTo(gradesByText(j, "a")).hasSize(4);
  }

  @Test
  void srwImportMapsScalesAndRoundTrips() throws Exception {
    TestServices s = new TestServices(tmp);
    JudgmentService j = s.judgments();
    Path in = Files.writeString(tmp.resolve("srw.json"), """
        {"name": "Imported Judgments", "description": "from SRW", "type": "IMPORT_JUDGMENT",
         "judgmentRatings": [
           {"query": "red shoes", "ratings": [{"docId": "p1", "rating": "3"}, {"docId": "p2", "rating": 0}]},
           {"query": "Blue \\"suede\\", shoes", "ratings": [{"docId": "p3", "rating": "2.0"}]}]}
        """, StandardCharsets.UTF_8);
    TestServices.Result imp = s.run("judge", "import", "--workspace", "a", "--format", "srw", in.toString());
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(imp.out()).contains("3 rows, 2 topics, 3 judgments recorded");
    assertThat(gradesByText(j, "a")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "Blue \"suede\", shoes\tp3", 2, "red shoes\tp1", 3, "red shoes\tp2", 0)));

    Path out = tmp.resolve("out.json");
    assertThat(s.run("judge", "export", "--workspace", "a", "--format", "SRW", out.toString()).exit()).isZero();
    JsonNode root = Json.mapper().readTree(out.toFile());
    assertThat(root.get("type").asText()).isEqualTo("IMPORT_JUDGMENT");
    assertThat(root.get("name").asText()).isEqualTo("a");
    assertThat(root.get("judgmentRatings").toString()).isEqualTo("[{\"query\":\"Blue \\\"suede\\\", shoes\","
        + "\"ratings\":[{\"docId\":\"p3\",\"rating\":\"2\"}]},{\"query\":\"red shoes\",\"ratings\":"
        + "[{\"docId\":\"p1\",\"rating\":\"3\"},{\"docId\":\"p2\",\"rating\":\"0\"}]}]");
    assertThat(s.run("judge", "import", "--workspace", "b", "--format", "srw", out.toString()).exit()).isZero();
    assertThat(gradesByText(j, "b")).isEqualTo(gradesByText(j, "a"));
  }

  @Test
  void srwBareArrayOnTheUnitScaleAndBadRatings() throws Exception {
    TestServices s = new TestServices(tmp);
    Path unit = Files.writeString(tmp.resolve("unit.json"), """
        [{"query": "q", "ratings": [{"docId": "a", "rating": "0.5"}, {"docId": "b", "rating": 1},
          {"docId": "c", "rating": 0.1}, {"docId": "d", "rating": "0.0"}]}]
        """, StandardCharsets.UTF_8);
    assertThat(s.run("judge", "import", "--workspace", "u", "--format", "srw", unit.toString()).exit()).isZero();
    assertThat(gradesByText(s.judgments(), "u")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "q\ta", 2, "q\tb", 3, "q\tc", 0, "q\td", 0)));

    Path bad = Files.writeString(tmp.resolve("bad.json"), """
        {"judgmentRatings": [{"query": "fast cars", "ratings": [{"docId": "x", "rating": "2.5"}]}]}
        """, StandardCharsets.UTF_8);
    TestServices.Result r = s.run("judge", "import", "--workspace", "x", "--format", "srw", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ": query 'fast cars', doc 'x': rating 2.5 is neither an integer 0-3");
    Path text = Files.writeString(tmp.resolve("text.json"), """
        {"judgmentRatings": [{"query": "fast cars", "ratings": [{"docId": "y", "rating": "good"}]}]}
        """, StandardCharsets.UTF_8);
    r = s.run("judge", "import", "--workspace", "x", "--format", "srw", text.toString());
    assertThat(r.err()).contains("query 'fast cars', doc 'y': rating \"good\"");
    Path shape = Files.writeString(tmp.resolve("shape.json"), "{\"name\": \"n\"}", StandardCharsets.UTF_8);
    r = s.run("judge", "import", "--workspace", "x", "--format", "srw", shape.toString());
    assertThat(r.err()).contains(shape + ": expected an SRW judgment object with \"judgmentRatings\"");
    r = s.run("judge", "import", "--workspace", "x", "--format", "ltr", shape.toString());
    assertThat(r.err()).contains("use trec, beir, quepid or srw");
  }

  /// `text<TAB>doc` → grade over every topic of the workspace.
  private static Map<String, Integer> gradesByText(JudgmentService j, String workspace) {
    Map<String, Integer> out = new TreeMap<>();
    for (Topic t : j.topics(workspace)) {
      String text = t.text().isEmpty() ? t.id().value() : t.text();
      j.judgments(workspace, t.id()).forEach((doc, g) -> out.put(text + "\t" + doc.value(), g.grade().value()));
    }
    return out;
  }
}
