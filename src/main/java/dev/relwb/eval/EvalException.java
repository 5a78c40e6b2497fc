package dev.relwb.eval;

import dev.relwb.core.WorkbenchException;

/// An evaluation input error, with the exit code `trec_eval` 9.0.8 would have used for the same input:
/// 2 for a malformed or unreadable file, 4 when a measure cannot be computed (duplicate documents),
/// 7 when the qrels and the run share no topic.
public final class EvalException extends WorkbenchException {
  private static final long serialVersionUID = 1L;

  /// `trec_eval`'s exit code for a malformed or unreadable input file.
  public static final int MALFORMED = 2;
  /// `trec_eval`'s exit code when a measure fails (a document listed twice for one topic).
  public static final int DUPLICATE = 4;
  /// `trec_eval`'s exit code when no topic is in both the qrels and the run.
  public static final int NO_COMMON_TOPICS = 7;

  private final int trecEvalExitCode;

  /// An error with `trec_eval`'s exit code for the same situation.
  public EvalException(int trecEvalExitCode, String message) {
    super(message);
    this.trecEvalExitCode = trecEvalExitCode;
  }

  /// An error with `trec_eval`'s exit code that keeps the low-level cause.
  public EvalException(int trecEvalExitCode, String message, Throwable cause) {
    super(message, cause);
    this.trecEvalExitCode = trecEvalExitCode;
  }

  /// The exit code `trec_eval` 9.0.8 gives for the same input (2, 4 or 7).
  public int trecEvalExitCode() {
    return trecEvalExitCode;
  }
}
