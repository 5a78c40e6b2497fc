package dev.relwb.ui;

import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/// Saves a snapshot of a node as a PNG file (smoke test and UI tests). Call on the FX thread.
public final class Screenshots {
  private Screenshots() { }

  /// Renders `node` and writes it to `file` as PNG, creating the folder.
  public static void save(Node node, Path file) {
    WritableImage image = node.snapshot(new SnapshotParameters(), null);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
        throw new WorkbenchException("No PNG writer is available to save " + file);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the screenshot " + file + ": " + e.getMessage(), e);
    }
  }
}
