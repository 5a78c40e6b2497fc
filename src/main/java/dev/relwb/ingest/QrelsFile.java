package dev.relwb.ingest;

import java.nio.file.Path;

/// A relevance-judgment file that came with a collection, and its format: `trec` (`qid iter docid
/// grade`) or `beir` (`query-id<TAB>corpus-id<TAB>score` with a header line). Reading it is the
/// judgment layer's business; a source only says where its judgments are.
public record QrelsFile(Path file, String format) { }
