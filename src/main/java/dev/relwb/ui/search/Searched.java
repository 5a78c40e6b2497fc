package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.core.Topic;
import dev.relwb.judge.Judgment;
import dev.relwb.search.SearchPage;
import dev.relwb.service.SearchQuery;
import java.util.Map;

/// A finished first-stage search of the Search tab: the text, the query sent, its topic, the page and the
/// topic's current judgments.
record Searched(String text, SearchQuery query, Topic topic, SearchPage page, Map<DocId, Judgment> judgments) { }
