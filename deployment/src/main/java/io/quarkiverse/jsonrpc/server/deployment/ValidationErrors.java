package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;

/**
 * Reports the problems a build step found, each a sentence, so that one build fails with all of them at once; a
 * sentence found twice (a class's annotations, checked for each of its methods) is reported once.
 */
final class ValidationErrors {

    private ValidationErrors() {
    }

    static void report(List<String> problems, BuildProducer<ValidationErrorBuildItem> errors) {
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(
                    problems.stream().distinct().map(problem -> (Throwable) new IllegalStateException(problem)).toList()));
        }
    }
}
