/// Reading documents: document sources (folders, BEIR, MS MARCO, TREC, JSONL), file-format
/// readers (PDFBox for PDF, jsoup for HTML, the JDK's zip + StAX for docx/odt), the passage
/// splitter (ICU word segments for scripts without spaces) and language detection (Optimaize).
/// Depends on `core` and those libraries only; never Lucene.
package dev.relwb.ingest;
