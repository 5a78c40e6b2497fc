package dev.relwb.service.workbench;

import dev.relwb.core.DocId;

/// Everything the document pane shows for one hit: passage and full text, where it comes from,
/// the passage's character offsets in the document, and the BM25 explanation as readable text.
public record DocumentDetail(DocId doc, String title, String passageText, String documentText, String path,
    String language, int startOffset, int endOffset, String explanation) { }
