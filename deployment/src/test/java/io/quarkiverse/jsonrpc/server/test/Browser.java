package io.quarkiverse.jsonrpc.server.test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.testsupport.NodePackages;

/**
 * Headless Chromium driven by {@code playwright-core} from npm, at the exact version of {@code src/test/js}'s lock
 * file, installed with {@code npm ci} under {@code target/} on first use. The browser is the system's: Debian's
 * {@code chromium} package ({@code .ci/run} installs it).
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private static final Path SCRIPTS = Path.of("src", "test", "js");
    private static final NodePackages PACKAGES = NodePackages.of(SCRIPTS, Path.of("target", "playwright"));
    /** Ends a script that hangs; one that works takes seconds, and minutes on a busy machine. */
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Browser() {
    }

    /**
     * What a page of the server at {@code base} saw over its own WebSocket to {@code /jsonrpc}, opened offering these
     * subprotocols, once it had sent the messages and received this many answers: {@code offered} (the extensions the
     * browser offered), {@code extensions} and {@code protocol} (what the server agreed to), {@code answers} (in the
     * order they came) and {@code errors} (of the page).
     */
    public static JsonNode webSocket(URI base, List<String> protocols, List<String> messages, int answers)
            throws IOException, InterruptedException {
        ObjectNode conversation = JSON.createObjectNode().put("answers", answers);
        protocols.forEach(conversation.putArray("protocols")::add);
        ArrayNode sent = conversation.putArray("messages");
        for (String message : messages) {
            sent.add(JSON.readTree(message));
        }
        return JSON.readTree(run("browser-websocket.cjs", base.toString(), conversation.toString()));
    }

    /**
     * What a page at {@code pageUrl} got from the JSON-RPC endpoint at {@code endpoint}, of another origin: {@code http}
     * (the {@code status} and {@code body} of a call made with {@code fetch}, or the error it {@code failed} with),
     * {@code webSocket} ({@code opened} or {@code refused}), {@code origin} (the page's) and {@code errors}.
     */
    public static JsonNode crossOrigin(URI pageUrl, URI endpoint) throws IOException, InterruptedException {
        return JSON.readTree(run("browser-cross-origin.cjs", pageUrl.toString(), endpoint.toString()));
    }

    /** Runs a script of {@code src/test/js} with the playwright-core module, Chromium and the arguments; its output. */
    public static String run(String script, String... arguments) throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + ": install it (Debian: apt-get install chromium)"
                    + " or point -Dchromium.path at it");
        }
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString(),
                PACKAGES.install().modules().resolve("playwright-core").toString(), CHROMIUM.toString()));
        command.addAll(List.of(arguments));
        return PACKAGES.output(SCRIPT_TIMEOUT, command.toArray(String[]::new));
    }
}
