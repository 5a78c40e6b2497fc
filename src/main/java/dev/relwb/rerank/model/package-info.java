/// The X-MOD network (mono-XM) written on DJL NDArray ops, one block per file,
/// named after the Hugging Face classes. Depends on `core`, `rerank.runtime` and DJL.
package dev.relwb.rerank.model;
