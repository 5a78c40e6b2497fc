/// The services as the workbench window sees them: small ports (`Retrieval`, `Reranking`, `Judging`,
/// `Evaluating`, `Corpora`), the records they exchange, and the settings store. The adapters behind
/// the ports call the real services of `dev.relwb.service`; the UI depends on the ports only.
/// Methods that may block carry `@Blocking`. Depends on `core` and the services of `dev.relwb.service`.
package dev.relwb.service.workbench;
