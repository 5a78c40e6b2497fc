package dev.relwb.rerank.runtime;

import ai.djl.pytorch.jni.LibUtils;
import dev.relwb.core.WorkbenchException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/// Intel MKL's mixed-precision GEMMs, called through the JDK's foreign-function API from the MKL that
/// libtorch links statically (`libtorch_cpu`, which exports `cblas_gemm_bf16bf16f32` and
/// `cblas_gemm_f16f16f32`): `C[m, n] = A[m, k] · B[n, k]ᵀ` with 16-bit inputs and fp32 accumulation and
/// output. On CPUs with AMX-BF16 MKL runs the bf16 one on the tile units. DJL 0.36 cannot hand a bf16
/// tensor to libtorch (the JVM aborts), so this is the way to those kernels. Runs on the calling thread
/// with the MKL thread count libtorch set for it.
public final class MklGemm {
  private static final int ROW_MAJOR = 101;
  private static final int NO_TRANS = 111;
  private static final int TRANS = 112;
  private static volatile Optional<MklGemm> instance;
  private final MethodHandle bf16;
  private final MethodHandle f16;

  private MklGemm(MethodHandle bf16, MethodHandle f16) {
    this.bf16 = bf16;
    this.f16 = f16;
  }

  /// The GEMMs of the libtorch the PyTorch engine loaded, or empty when its library or symbols are not
  /// there (another platform, or a libtorch built without MKL). Starts the engine if needed.
  public static synchronized Optional<MklGemm> get() {
    if (instance == null) {
      DeviceSelector.engine();
      instance = load(Path.of(LibUtils.getLibtorchPath()));
    }
    return instance;
  }

  private static Optional<MklGemm> load(Path dir) {
    Path lib = dir.resolve("libtorch_cpu.so");
    if (!Files.isRegularFile(lib)) {
      return Optional.empty();
    }
    SymbolLookup look = SymbolLookup.libraryLookup(lib, Arena.global());
    FunctionDescriptor gemm = FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_FLOAT,
        ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_FLOAT,
        ValueLayout.ADDRESS, ValueLayout.JAVA_INT);
    Linker linker = Linker.nativeLinker();
    Optional<MemorySegment> b = look.find("cblas_gemm_bf16bf16f32");
    Optional<MemorySegment> f = look.find("cblas_gemm_f16f16f32");
    if (b.isEmpty() || f.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MklGemm(linker.downcallHandle(b.get(), gemm), linker.downcallHandle(f.get(), gemm)));
  }

  /// `c[m, n] = a[m, k] · b[n, k]ᵀ` with bf16 `a` and `b` (row-major), fp32 `c`.
  public void bf16(int m, int n, int k, MemorySegment a, MemorySegment b, MemorySegment c) {
    call(bf16, m, n, k, a, b, c);
  }

  /// The same with IEEE half-precision `a` and `b`.
  public void f16(int m, int n, int k, MemorySegment a, MemorySegment b, MemorySegment c) {
    call(f16, m, n, k, a, b, c);
  }

  private static void call(MethodHandle h, int m, int n, int k, MemorySegment a, MemorySegment b, MemorySegment c) {
    try {
      h.invokeExact(ROW_MAJOR, NO_TRANS, TRANS, m, n, k, 1f, a, k, b, k, 0f, c, n);
    } catch (Throwable e) {
      throw new WorkbenchException("The reduced-precision matrix product failed: " + e, e);
    }
  }
}
