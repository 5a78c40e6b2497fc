package dev.relwb.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/// Marks a service method that may block: it touches disk, the index, the database or the model.
///
/// The UI may call such a method only inside a job handed to its task runner
/// (`dev.relwb.ui.support.TaskRunner`); an ArchUnit rule (`BlockingCallsRuleTest`) checks this on the
/// bytecode. Service methods that take a `CancelToken` or a `ProgressListener` count as blocking too,
/// annotated or not.
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Blocking { }
