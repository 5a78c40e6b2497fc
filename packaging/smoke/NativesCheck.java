import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/// Loads the PyTorch engine and the tokenizer library the way the installed app does (the
/// PYTORCH_LIBRARY_PATH / RUST_LIBRARY_PATH system properties of its launchers), runs one tensor op
/// and one encode, and fails if DJL wrote anything into its cache folder (that would mean it
/// unpacked natives instead of using the pre-unpacked ones). Prints the folder libtorch was loaded from,
/// so a caller can check that the PYTORCH_LIBRARY_PATH environment variable wins over the property.
///
/// Usage: `java -cp '<app>/lib/app/*' -DPYTORCH_LIBRARY_PATH=... -DRUST_LIBRARY_PATH=...
///   -DDJL_CACHE_DIR=<empty dir> packaging/smoke/NativesCheck.java <tokenizer.json>`
public final class NativesCheck {
  public static void main(String[] args) throws Exception {
    Path cache = Path.of(System.getProperty("DJL_CACHE_DIR"));
    long t0 = System.nanoTime();
    Engine engine = Engine.getEngine("PyTorch");
    float sum;
    try (NDManager m = engine.newBaseManager()) {
      sum = m.create(new float[] {1f, 2f, 3f}).sum().getFloat();
    }
    if (sum != 6f) throw new IllegalStateException("torch sum gave " + sum);
    System.out.printf("engine %s %s loaded in %d ms from %s, sum ok%n", engine.getEngineName(), engine.getVersion(),
        (System.nanoTime() - t0) / 1_000_000, ai.djl.pytorch.jni.LibUtils.getLibtorchPath());
    try (HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(Path.of(args[0]))) {
      Encoding enc = tok.encode("hello", "world");
      if (enc.getIds().length == 0) throw new IllegalStateException("tokenizer produced no ids");
      System.out.println("tokenizer ok: ids " + Arrays.toString(enc.getIds()));
    }
    try (var files = Files.walk(cache)) {
      long n = files.filter(Files::isRegularFile).count();
      if (n > 0) throw new IllegalStateException("DJL extracted " + n + " files into " + cache);
    }
    System.out.println("nothing extracted into " + cache);
  }
}
