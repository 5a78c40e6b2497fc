package dev.relwb.eval;

/// One annotator's current grade (0–3) for one (topic, document) pair, the input of agreement.
public record Rating(String topic, String doc, String annotator, int grade) { }
