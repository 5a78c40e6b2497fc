/// Hugging Face hub client and the standard local hub cache (the layout of Python's
/// `huggingface_hub`): model references, download with resume, verification and locking, offline
/// resolution. Plain JDK HTTP (`java.net.http`); depends on `core` (Jackson through `core.Json`)
/// and SLF4J only.
package dev.relwb.hub;
