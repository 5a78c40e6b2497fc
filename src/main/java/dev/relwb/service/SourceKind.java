package dev.relwb.service;

/// The kinds of source the Corpus tab can import into a workspace.
public enum SourceKind {
  /// a folder of .txt/.md/.html/.pdf/.docx/.odt files
  FOLDER,
  /// a BEIR folder (`corpus.jsonl`, `queries.jsonl`, `qrels/`)
  BEIR,
  /// an MS MARCO folder (`collection.tsv`, queries, qrels)
  MSMARCO,
  /// a TREC collection folder: `<DOC>` document files, and a topics and a qrels file
  TREC
}
