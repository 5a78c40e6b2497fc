package dev.relwb.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FileMetadataTest {
  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  static final URI URI_ = URI.create("http://127.0.0.1/x");

  @Test
  void etagsLoseQuotesAndTheWeakMarker() {
    assertThat(FileMetadata.normalizeEtag("W/\"ABCDEF12\"")).isEqualTo("abcdef12");
    assertThat(FileMetadata.normalizeEtag("\"abc-1\"")).isEqualTo("abc-1");
  }

  @Test
  void theCheckFollowsTheKindOfEtag() {
    String sha256 = "a".repeat(64);
    String sha1 = "b".repeat(40);
    assertThat(new FileMetadata("m", COMMIT, sha256, 1, true, URI_).check()).isEqualTo(FileMetadata.Check.SHA256);
    assertThat(new FileMetadata("c", COMMIT, sha1, 1, false, URI_).check()).isEqualTo(FileMetadata.Check.GIT_SHA1);
    assertThat(new FileMetadata("c", COMMIT, "mirror-etag-7", 1, false, URI_).check())
        .isEqualTo(FileMetadata.Check.SIZE_ONLY);
  }

  @Test
  void anEtagThatWouldEscapeTheCacheIsRefused() {
    assertThatThrownBy(() -> new FileMetadata("c", COMMIT, "../../etc/passwd", 1, false, URI_))
        .isInstanceOf(HubException.class).hasMessageContaining("HF_ENDPOINT");
    assertThatThrownBy(() -> HubCache.checkFileName("../model.safetensors")).isInstanceOf(HubException.class);
    assertThat(HubCache.checkFileName("onnx/model.safetensors")).isEqualTo("onnx/model.safetensors");
  }
}
