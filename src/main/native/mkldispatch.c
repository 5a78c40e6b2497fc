/*
 * librelwb-mkldispatch.so: lets the Intel MKL inside libtorch pick its AVX2/FMA kernels on
 * non-Intel x86-64 CPUs (AMD EPYC/Ryzen).
 *
 * MKL asks mkl_serv_intel_cpu_true() whether it runs on an Intel CPU and, when the answer is no,
 * falls back to generic kernels whatever the CPU supports. libtorch_cpu.so calls that function
 * through its PLT, so a library preloaded ahead of it (bin/relwb sets LD_PRELOAD) answers first.
 * MKL still reads the CPU's feature flags to choose among its kernels, so a CPU only gets
 * instructions it has. Measured on a 2-core AMD EPYC (Zen 3): sgemm [2048,768]x[768,3072] takes
 * 70 ms instead of 91-94 ms, and the rerank benchmark runs about 25 % faster
 * (docs/decisions/0008-mkl-cpu-dispatch.md). Off with RELWB_MKL_DISPATCH=0.
 *
 * Built with `cc -shared -fPIC -nostdlib` (no libc needed) by the pom on Linux x86-64 when a C
 * compiler is present; without one the launcher simply does not preload it.
 */
int mkl_serv_intel_cpu_true(void) {
  return 1;
}
