/// The cross-encoder networks written on DJL NDArray ops — X-MOD (mono-XM,
/// `XmodForSequenceClassification`), XLM-R / RoBERTa (`…RobertaForSequenceClassification`) and BERT
/// (`BertForSequenceClassification`), one encoder core for all ([Family]) — and the contract they
/// fulfil: `CrossEncoderModel` (token-id rows → logits → `ScoreActivation` scores) with its `ModelIdentity`.
/// The families share `XmodSelfAttention`, `XmodAttention`, `XmodIntermediate`, `XmodLayer`,
/// `XmodEncoder` and `XmodOutput` (its adapter block only in X-MOD); they differ in the embeddings
/// (`XmodEmbeddings` with RoBERTa positions, `BertEmbeddings` with positions from 0 and token types)
/// and the head (`XmodClassificationHead` for X-MOD / XLM-R / RoBERTa, `BertClassificationHead` =
/// `BertPooler` + `classifier`).
/// One block per file, named after the Hugging Face classes: `XmodEmbeddings`, `XmodSelfAttention`,
/// `XmodAttention`, `XmodIntermediate`, `XmodOutput` (adapter routing), `XmodAdapter`, `XmodLayer`,
/// `XmodEncoder`, `XmodClassificationHead`, `XmodCrossEncoder`. Each block's `forward(x, state)`
/// takes the hidden states and the per-call `ForwardState` (attention mask, row languages and their
/// groups, adapter weights, the first-only cut, the trace, and the `Matmul` the large products run
/// through), built once per batch. The precision of those products (`Precision`, chosen by
/// `PrecisionChoice`) is libtorch's fp32 (`Matmul.FP32`) or 16-bit inputs through MKL (`HalfMatmul`).
/// Beside them:
/// `XmodConfig` (config.json), `XmodWeights` (checkpoint key names and shapes), `XmodBatch` (padding,
/// positions, mask), `Languages` (codes, user input, display names) and `RandomXmodCheckpoint`
/// (random checkpoints of any config for tests and benchmarks).
///
/// ## Shape legend
///
/// Every shape comment (`// [B, T', H]`) uses these letters and nothing else:
///
/// | letter | size | from |
/// | --- | --- | --- |
/// | `B` | rows (pairs) in the batch | the batch |
/// | `Bl` | rows of one adapter language in the batch (Σ `Bl` = `B`; `Bl` = `B` when all share one) | the batch |
/// | `T` | tokens per row after padding: the batch's longest row | the batch |
/// | `T'` | tokens a layer keeps: `T`, or 1 in the last layer when only `<s>` is computed | the call |
/// | `H` | hidden size (768 in xmod-base) | `hidden_size` |
/// | `I` | feed-forward size (3072) | `intermediate_size` |
/// | `r` | adapter reduction factor, so `H/r` is an adapter's bottleneck (384) | `adapter_reduction_factor` |
/// | `nh` | attention heads (12) | `num_attention_heads` |
/// | `d` | head size, `H / nh` (64) | |
/// | `V` | vocabulary (250002) | `vocab_size` |
/// | `P` | position rows (514) | `max_position_embeddings` |
/// | `Y` | token types (1) | `type_vocab_size` |
/// | `L` | labels: logits per row (1, or 2 scored by class 1) | `num_labels` |
///
/// Also: `B·T` is the rows' tokens flattened into one axis, `3H` the fused query, key and value,
/// `1` an axis of size one (broadcast over, or the single label of `num_labels`), and `3 × [..]`
/// three tensors of that shape.
///
/// Depends on `core`, `rerank.runtime` (weights, safetensors) and DJL; never on `rerank`.
package dev.relwb.rerank.model;
