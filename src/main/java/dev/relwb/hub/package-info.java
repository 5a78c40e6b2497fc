/// Hugging Face hub client and the standard local hub cache (download with resume and
/// verification). Plain JDK HTTP; depends on `core` only.
package dev.relwb.hub;
