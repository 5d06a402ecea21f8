package io.quarkiverse.jsonrpc.testsupport;

import java.util.Arrays;
import java.util.List;

/**
 * The options of the JVMs a test starts (an application, a Maven step): the build's {@code test.jvm.options}, which the
 * parent POM sets and explains, and none when the test runs outside the build.
 */
public final class TestJvmOptions {

    private TestJvmOptions() {
    }

    /** The options, one element each, for a command line. */
    public static List<String> list() {
        return Arrays.stream(asString().split(" ")).filter(option -> !option.isEmpty()).toList();
    }

    /** The options in one string, as {@code MAVEN_OPTS} or a Maven property takes them. */
    public static String asString() {
        return System.getProperty("test.jvm.options", "").trim();
    }
}
