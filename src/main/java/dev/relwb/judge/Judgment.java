package dev.relwb.judge;

import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.QueryId;
import java.time.Instant;

/// One recorded judgment (one row of the append-only history). `grade` is null unless the state
/// is `GRADED`; `note` may be null. `id` grows with every change, so the latest row per
/// (topic, doc, annotator) is the current judgment.
public record Judgment(long id, QueryId topic, DocId doc, JudgmentState state, Grade grade, String annotator,
    Instant time, String note) { }
