package dev.relwb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelToken;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// MS MARCO, JSONL with custom fields, TREC topics and qrels readers on small files.
class CollectionSourcesTest {
  @TempDir Path dir;

  private static final class Collect implements DocumentSink {
    final List<SourceDocument> docs = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void accept(SourceDocument doc) {
      docs.add(doc);
    }

    @Override
    public void skipped(String input, String reason) {
      skipped.add(input + ": " + reason);
    }
  }

  @Test
  void msMarcoFolder() throws IOException {
    Files.writeString(dir.resolve("collection.tsv"), "0\tThe first passage.\n1\tThe second passage.\nbroken line\n");
    Files.writeString(dir.resolve("queries.dev.tsv"), "100\twhat is first\n101\twhat is second\n");
    Files.writeString(dir.resolve("qrels.dev.tsv"), "100 0 0 1\n101 0 1 1\n");
    Files.writeString(dir.resolve("qrels.train.tsv"), "query-id\tcorpus-id\tscore\n100\t1\t1\n");
    MsMarcoSource src = new MsMarcoSource(dir, "en");
    Collect c = new Collect();
    src.read(c, CancelToken.none());
    assertThat(c.docs).extracting(SourceDocument::id).containsExactly("0", "1");
    assertThat(c.docs.get(1).text()).isEqualTo("The second passage.");
    assertThat(c.skipped).containsExactly("collection.tsv line 3: no pid<TAB>text");
    assertThat(src.topics()).containsExactly(topic("100", "what is first", "queries.dev.tsv"),
        topic("101", "what is second", "queries.dev.tsv"));
    assertThat(src.qrelsFiles()).containsExactly(new QrelsFile(dir.resolve("qrels.dev.tsv"), "trec"),
        new QrelsFile(dir.resolve("qrels.train.tsv"), "beir"));
  }

  @Test
  void jsonlWithConfigurableFields() throws IOException {
    Path f = dir.resolve("docs.jsonl");
    Files.writeString(f, "{\"docno\":\"a\",\"headline\":\"H\",\"body\":\"Text A\",\"lang\":\"de\"}\n"
        + "not json\n{\"headline\":\"no id\"}\n{\"docno\":\"b\",\"body\":\"Text B\"}\n");
    Collect c = new Collect();
    new JsonlSource(f, new JsonlSource.JsonlFields("docno", "headline", "body", "lang"), "en").read(c, CancelToken.none());
    assertThat(c.docs).containsExactly(SourceDocument.of("a", "H", "Text A", "de"), SourceDocument.of("b", "", "Text B", "en"));
    assertThat(c.skipped).hasSize(2).anyMatch(s -> s.startsWith("docs.jsonl line 2: not valid JSON"))
        .anyMatch(s -> s.equals("docs.jsonl line 3: no 'docno' field"));
  }

  private static Topic topic(String id, String text, String source) {
    return new Topic(new QueryId(id), text, null, source);
  }

  @Test
  void trecTopicsAndTsvTopics() throws IOException {
    Path trec = dir.resolve("topics.trec");
    Files.writeString(trec, "<top>\n<num> Number: 301\n<title> International Organized Crime\n<desc> Description:\n"
        + "Identify organizations\n</top>\n\n<top>\n<num> 302\n<title> Poliomyelitis and Post-Polio\n</top>\n");
    assertThat(TopicsReader.read(trec)).containsExactly(topic("301", "International Organized Crime", "topics.trec"),
        topic("302", "Poliomyelitis and Post-Polio", "topics.trec"));
    Path tsv = dir.resolve("t.tsv");
    TopicsReader.writeTsv(List.of(Topic.of("q1", "two\twords")), tsv);
    assertThat(TopicsReader.read(tsv)).containsExactly(topic("q1", "two words", "t.tsv"));
  }

  @Test
  void aBeirFolderNamesItsQrelsFilesAndAQueryWithoutIdIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("qrels"));
    Files.writeString(dir.resolve("corpus.jsonl"), "{\"_id\": \"d1\", \"text\": \"one\"}\n");
    Files.writeString(dir.resolve("qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t2\n");
    Files.writeString(dir.resolve("qrels/notes.txt"), "not qrels");
    assertThat(new BeirSource(dir, "en").qrelsFiles()).containsExactly(new QrelsFile(dir.resolve("qrels/test.tsv"),
        "beir"));
    Path queries = dir.resolve("queries.jsonl");
    Files.writeString(queries, "{\"_id\": \"q1\", \"text\": \"une\", \"metadata\": {\"language\": \"fr\"}}\n"
        + "{\"_id\": \"q2\", \"text\": \"two\"}\n");
    assertThat(TopicsReader.read(queries)).containsExactly(new Topic(new QueryId("q1"), "une", "fr", "queries.jsonl"),
        topic("q2", "two", "queries.jsonl"));
    Files.writeString(queries, "{\"_id\": \"q1\", \"text\": \"one\"}\n{\"text\": \"no id\"}\n");
    assertThatThrownBy(() -> TopicsReader.read(queries)).hasMessageContaining("Line 2 of " + queries)
        .hasMessageContaining("_id");
  }
}
