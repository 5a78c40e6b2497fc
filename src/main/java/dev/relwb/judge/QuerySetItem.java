package dev.relwb.judge;

import dev.relwb.core.Topic;

/// One query of a query set: its topic (id and text), its place in the set, and the optional
/// information need and notes that tell a judge what the person searching wanted.
public record QuerySetItem(Topic topic, int position, String infoNeed, String notes) { }
