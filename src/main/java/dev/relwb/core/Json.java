package dev.relwb.core;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/// The one shared Jackson mapper (thread-safe once built). JSON is read and written with Jackson
/// everywhere; nothing hand-parses JSON.
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private Json() { }

  /// The shared mapper.
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
