package dev.relwb.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaMethodReference;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.service.Blocking;
import dev.relwb.ui.support.TaskRunner;
import java.util.Optional;

/// The check behind the "no blocking call outside the task adapter" rule.
///
/// A method is *blocking* when it is annotated `@Blocking`, or when it is declared in
/// `dev.relwb.service..` and takes a `CancelToken` or a `ProgressListener`. A call to a blocking
/// method is allowed only inside a lambda body (ArchUnit's `isDeclaredInLambda`) of a method or
/// constructor that hands a job to a `TaskRunner` (`run`/`runInOrder`). A call outside any lambda,
/// a call in a lambda of a method that never uses the runner, and any method reference to a
/// blocking method (which could be run anywhere) are violations. Together with the rule that UI
/// classes start no threads of their own (`LayerRulesTest`-style, in `BlockingCallsRuleTest`),
/// the only way left to run a blocking call is a job given to the runner.
final class BlockingCalls {
  private BlockingCalls() { }

  /// The condition for classes that must not block the UI thread.
  static ArchCondition<JavaClass> onlyInsideRunnerJobs() {
    return new ArchCondition<>("call blocking service methods only inside jobs handed to a TaskRunner") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
          if (isBlocking(call.getTarget().resolveMember()) && !insideRunnerJob(call)) {
            events.add(SimpleConditionEvent.violated(call, call.getDescription()
                + " is a blocking service call outside a job given to TaskRunner"));
          }
        }
        for (JavaMethodReference ref : c.getMethodReferencesFromSelf()) {
          if (isBlocking(ref.getTarget().resolveMember())) {
            events.add(SimpleConditionEvent.violated(ref, ref.getDescription()
                + " references a blocking service method; call it inside a job lambda instead"));
          }
        }
      }
    };
  }

  static boolean isBlocking(Optional<JavaMethod> resolved) {
    if (resolved.isEmpty()) {
      return false;
    }
    JavaMethod m = resolved.get();
    if (m.isAnnotatedWith(Blocking.class)) {
      return true;
    }
    boolean service = m.getOwner().getPackageName().startsWith("dev.relwb.service");
    return service && m.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(CancelToken.class)
        || t.isEquivalentTo(ProgressListener.class));
  }

  private static boolean insideRunnerJob(JavaMethodCall blocking) {
    if (!blocking.isDeclaredInLambda()) {
      return false;
    }
    JavaCodeUnit origin = blocking.getOrigin();
    return origin.getMethodCallsFromSelf().stream()
        .anyMatch(call -> call.getTarget().getOwner().isAssignableTo(TaskRunner.class)
            && HasName.Predicates.nameMatching("run|runInOrder").test(call.getTarget()));
  }
}
