package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.Locale;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * A limit of Jackson's {@link StreamReadConstraints} that a message can pass, as the client is told of it: what was
 * exceeded, the limit, and who set it. Jackson's own text names its getter
 * ({@code StreamReadConstraints.getMaxNestingDepth()}), which means nothing to a client or to whoever can raise the
 * limit.
 */
public enum ReadLimit {

    NESTING_DEPTH("Document nesting depth ", "max-nesting-depth", StreamReadConstraints::getMaxNestingDepth,
            (builder, depth) -> builder.maxNestingDepth((int) depth),
            "The message nests arrays and objects deeper than %d levels"),
    STRING_LENGTH("String value length ", "max-string-length", StreamReadConstraints::getMaxStringLength,
            (builder, length) -> builder.maxStringLength((int) length),
            "The message has a string longer than %d characters"),
    NUMBER_LENGTH("Number value length ", "max-number-length", StreamReadConstraints::getMaxNumberLength,
            (builder, length) -> builder.maxNumberLength((int) length),
            "The message has a number longer than %d digits"),
    // Jackson counts no tokens unless asked: its default is no limit, which any value tightens
    TOKEN_COUNT("Token count ", "max-token-count",
            constraints -> constraints.hasMaxTokenCount() ? constraints.getMaxTokenCount() : Long.MAX_VALUE,
            StreamReadConstraints.Builder::maxTokenCount, "The message has more than %d JSON tokens"),
    /** Set only by the application's mapper: the extension has no property for it. */
    NAME_LENGTH("Name length ", null, StreamReadConstraints::getMaxNameLength, null,
            "The message has a member name longer than %d characters"),
    /** Set only by the application's mapper: the size of a message is Quarkus' HTTP and WebSocket limits. */
    DOCUMENT_LENGTH("Document length ", null, StreamReadConstraints::getMaxDocumentLength, null,
            "The message is longer than %d bytes");

    /** How Jackson's message for this limit starts: its exception says which limit only in its text. */
    private final String jacksonPrefix;
    private final String property;
    private final ToLongFunction<StreamReadConstraints> limit;
    /** Sets the limit on a builder; {@code null} where no property sets it. */
    private final ObjLongConsumer<StreamReadConstraints.Builder> setter;
    private final String exceeded;

    ReadLimit(String jacksonPrefix, String property, ToLongFunction<StreamReadConstraints> limit,
            ObjLongConsumer<StreamReadConstraints.Builder> setter, String exceeded) {
        this.jacksonPrefix = jacksonPrefix;
        this.property = property;
        this.limit = limit;
        this.setter = setter;
        this.exceeded = exceeded;
    }

    /** The limit in force under these constraints; {@link Long#MAX_VALUE} for none. */
    public long of(StreamReadConstraints constraints) {
        return limit.applyAsLong(constraints);
    }

    /** Sets the limit to this value: only for a limit a property sets. */
    public void set(StreamReadConstraints.Builder constraints, long value) {
        setter.accept(constraints, value);
    }

    /** The property that sets it: {@code quarkus.jsonrpc-server.limits.max-nesting-depth}; {@code null} for none. */
    public String property() {
        return property == null ? null : "quarkus.jsonrpc-server.limits." + property;
    }

    /**
     * What a message passed, for its parse error: {@code The message nests arrays and objects deeper than 10 levels,
     * the limit of quarkus.jsonrpc-server.limits.max-nesting-depth}. The property is named only where the limit in
     * force is its value; otherwise the limit is the application's ObjectMapper's (the property, unset or larger, did
     * not tighten it).
     *
     * @param configured the values of the {@code quarkus.jsonrpc-server.limits.*} properties that are set
     * @return {@code null} for a limit Jackson has added since: its own text then stands
     */
    static String describe(StreamConstraintsException failure, StreamReadConstraints limits,
            Map<ReadLimit, Long> configured) {
        String jackson = failure.getOriginalMessage();
        for (ReadLimit readLimit : values()) {
            if (jackson != null && jackson.startsWith(readLimit.jacksonPrefix)) {
                long value = readLimit.of(limits);
                Long set = configured.get(readLimit);
                String by = set != null && set == value ? readLimit.property() : "the application's ObjectMapper";
                return String.format(Locale.ROOT, readLimit.exceeded, value) + ", the limit of " + by;
            }
        }
        return null;
    }
}
