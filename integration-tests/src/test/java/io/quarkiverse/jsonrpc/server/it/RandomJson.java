package io.quarkiverse.jsonrpc.server.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Random JSON messages, mostly shaped like requests, calling the example's methods with random params; and which of
 * them a server answers.
 */
final class RandomJson {

    /** Methods random messages may call: none sleeps, and none fails in a way the log would report. */
    private static final List<String> METHODS = List.of("subtract", "sum", "echo", "get_data", "update",
            "notify_hello", "notify_sum", "math.divide", "math.sqrt", "math.pow", "describeCall", "transport", "count",
            "nope", "", "rpc.discover", "Subtract");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;

    RandomJson(Random random) {
        this.random = random;
    }

    /** A request, a batch, or any JSON value. */
    JsonNode message() {
        int shape = random.nextInt(20);
        if (shape < 15) {
            return request();
        }
        if (shape < 18) {
            ArrayNode batch = NODES.arrayNode();
            for (int size = 1 + random.nextInt(5); size > 0; size--) {
                batch.add(random.nextInt(4) == 0 ? value(2) : request());
            }
            return batch;
        }
        return value(3);
    }

    /**
     * Whether a server answers the message: anything but a valid notification, or a batch of nothing else, is
     * answered. Requests without {@code jsonrpc} but with {@code method} are JSON-RPC 1.0, where a null id also makes
     * a notification.
     */
    static boolean answered(JsonNode message) {
        if (!message.isArray()) {
            return answeredRequest(message);
        }
        if (message.isEmpty()) {
            return true;
        }
        for (JsonNode request : message) {
            if (answeredRequest(request)) {
                return true;
            }
        }
        return false;
    }

    private static boolean answeredRequest(JsonNode request) {
        if (!request.isObject()) {
            return true;
        }
        boolean version2 = request.has("jsonrpc") || !request.has("method");
        JsonNode params = request.get("params");
        JsonNode id = request.get("id");
        boolean valid = (!request.has("jsonrpc") || "2.0".equals(request.get("jsonrpc").textValue()))
                && request.path("method").isTextual()
                && (params == null || params.isContainerNode() || params.isNull() && !version2)
                && (id == null || id.isTextual() || id.isNumber() || id.isNull());
        if (!valid) {
            return true;
        }
        return version2 ? id != null : id != null && !id.isNull();
    }

    private ObjectNode request() {
        ObjectNode request = NODES.objectNode();
        if (random.nextInt(10) < 8) {
            request.set("jsonrpc", random.nextInt(10) < 8 ? NODES.textNode("2.0") : value(1));
        }
        if (random.nextInt(10) < 9) {
            request.set("method", random.nextInt(10) < 8 ? NODES.textNode(pick(METHODS)) : value(1));
        }
        int params = random.nextInt(10);
        if (params < 5) {
            ArrayNode positional = NODES.arrayNode();
            for (int size = random.nextInt(4); size > 0; size--) {
                positional.add(value(2));
            }
            request.set("params", positional);
        } else if (params < 7) {
            ObjectNode named = NODES.objectNode();
            for (String name : List.of("minuend", "subtrahend", "values", "value", "base", "exponent", "dividend",
                    "divisor", name())) {
                if (random.nextInt(3) == 0) {
                    named.set(name, value(1));
                }
            }
            request.set("params", named);
        } else if (params < 8) {
            request.set("params", value(1));
        }
        int id = random.nextInt(10);
        if (id < 6) {
            request.set("id", switch (random.nextInt(3)) {
                case 0 -> NODES.numberNode(random.nextInt(1000));
                case 1 -> NODES.textNode(string());
                default -> NullNode.instance;
            });
        } else if (id < 8) {
            request.set("id", value(1));
        }
        if (random.nextInt(5) == 0) {
            request.set(name(), value(1));
        }
        return shuffled(request);
    }

    private JsonNode value(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> NullNode.instance;
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(201) - 100);
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
            case 5, 6 -> NODES.textNode(string());
            case 7 -> {
                ArrayNode array = NODES.arrayNode();
                for (int size = random.nextInt(4); size > 0; size--) {
                    array.add(value(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int size = random.nextInt(4); size > 0; size--) {
                    object.set(name(), value(depth - 1));
                }
                yield object;
            }
        };
    }

    /** Short strings of ASCII, other scripts, emoji, control characters and lone surrogates. */
    private String string() {
        return chars(true);
    }

    /**
     * Like {@link #string()}, without lone surrogates: Jackson rejects them in member names (a parse error),
     * which would make an answer of what is otherwise a notification.
     */
    private String name() {
        return chars(false);
    }

    private String chars(boolean loneSurrogates) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(8); length > 0; length--) {
            switch (random.nextInt(loneSurrogates ? 6 : 5)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.appendCodePoint(0x1f300 + random.nextInt(0x300));
                case 2 -> text.appendCodePoint(0x400 + random.nextInt(0x100));
                case 5 -> text.append((char) (0xd800 + random.nextInt(0x800)));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    /** The same members in a random order. */
    ObjectNode shuffled(ObjectNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        Collections.shuffle(names, random);
        ObjectNode copy = NODES.objectNode();
        for (String name : names) {
            copy.set(name, object.get(name));
        }
        return copy;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
