package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * How a string is written for the types whose values are strings of one form: what a client that sent
 * {@code "2024-13-01"} for a date needs to send instead. The kinds are those of the OpenRPC document's formats
 * ({@code date}, {@code date-time}, {@code uuid}); the example is ISO 8601, as Jackson's {@code java.time} module and
 * its {@code Date} format read them. The form is said only where it is the one the value is read in: the mapper reads
 * the example (an application may configure another format for a type, or read it with a deserializer of its own), and
 * no {@code @JsonFormat} or {@code @JsonDeserialize} on the property that holds the value chose another.
 */
final class WrittenForms {

    /**
     * @param text the form, as a message says it
     * @param example a value in that form, which the mapper must read for the form to be said
     */
    private record Form(String text, String example) {

        Form(String kind, String iso, String example) {
            this(kind + " (" + (iso.isEmpty() ? "" : iso + ", ") + "like \"" + example + "\")", example);
        }
    }

    private static final String ISO = "ISO 8601";
    private static final Form WITH_OFFSET = new Form("a date and time with an offset", ISO, "2024-05-01T13:45:00Z");
    private static final Form DATE = new Form("a date", ISO, "2024-05-01");
    private static final Map<Class<?>, Form> FORMS = Map.ofEntries(
            Map.entry(LocalDate.class, DATE),
            // the OpenRPC document gives it the format of a LocalDate, as Jackson reads it
            Map.entry(java.sql.Date.class, DATE),
            Map.entry(LocalDateTime.class, new Form("a date and time", ISO, "2024-05-01T13:45:00")),
            Map.entry(LocalTime.class, new Form("a time", ISO, "13:45:00")),
            Map.entry(OffsetTime.class, new Form("a time with an offset", ISO, "13:45:00+02:00")),
            Map.entry(Instant.class, WITH_OFFSET),
            Map.entry(OffsetDateTime.class, WITH_OFFSET),
            Map.entry(ZonedDateTime.class, WITH_OFFSET),
            Map.entry(Date.class, WITH_OFFSET),
            Map.entry(YearMonth.class, new Form("a year and month", ISO, "2024-05")),
            Map.entry(MonthDay.class, new Form("a month and day", ISO, "--05-01")),
            Map.entry(Duration.class, new Form("a duration", ISO, "PT2H30M")),
            Map.entry(Period.class, new Form("a period", ISO, "P1Y2M3D")),
            Map.entry(ZoneId.class, new Form("a time zone (like \"Europe/Prague\" or \"+02:00\")", "Europe/Prague")),
            Map.entry(ZoneOffset.class, new Form("an offset from UTC", "", "+02:00")),
            Map.entry(UUID.class, new Form("a UUID", "", "123e4567-e89b-12d3-a456-426614174000")),
            // a string, as the OpenRPC document says with its contentEncoding, where the Java type is an array
            Map.entry(byte[].class, new Form("base64 text", "", "aGVsbG8=")),
            Map.entry(char.class, new Form("a string of one character", "", "a")),
            Map.entry(Character.class, new Form("a string of one character", "", "a")));

    private WrittenForms() {
    }

    /**
     * The form, {@code null} for a type without one, or where the application chose another.
     *
     * @param failure where the value is: at the top of the param ({@code null} if no failure says so), or inside it, in a
     *        property that may carry its own format
     */
    static String of(Class<?> type, JsonMappingException failure, ObjectMapper mapper) {
        Form form = FORMS.get(type);
        if (form == null || formattedByProperty(failure, mapper)) {
            return null;
        }
        try {
            mapper.treeToValue(TextNode.valueOf(form.example()), type);
            return form.text();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether the property nearest the value, in the objects of the path, has a format or deserializer of its own:
     * {@code @JsonFormat} on a {@code List<LocalDate>} property formats its elements too.
     */
    private static boolean formattedByProperty(JsonMappingException failure, ObjectMapper mapper) {
        List<JsonMappingException.Reference> path = failure == null ? List.of() : failure.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            JsonMappingException.Reference reference = path.get(i);
            Object from = reference.getFrom();
            Class<?> holder = from instanceof Class<?> type ? type : from == null ? null : from.getClass();
            if (reference.getFieldName() == null || holder == null || Map.class.isAssignableFrom(holder)) {
                continue;
            }
            try {
                DeserializationConfig config = mapper.getDeserializationConfig();
                for (BeanPropertyDefinition property : config.introspect(config.constructType(holder)).findProperties()) {
                    if (property.getName().equals(reference.getFieldName())) {
                        return formatted(property.getField()) || formatted(property.getGetter())
                                || formatted(property.getSetter()) || formatted(property.getConstructorParameter());
                    }
                }
            } catch (RuntimeException e) {
                return true; // not known: no form is said rather than a wrong one
            }
            return false;
        }
        return false;
    }

    private static boolean formatted(AnnotatedMember member) {
        return member != null && (member.hasAnnotation(JsonFormat.class) || member.hasAnnotation(JsonDeserialize.class));
    }
}
