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
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.StdDateFormat;

/**
 * How a string is written for the types whose values are strings of one form: what a client that sent
 * {@code "2024-13-01"} for a date needs to send instead. The kinds are those of the OpenRPC document's formats
 * ({@code date}, {@code date-time}, {@code uuid}); the example is ISO 8601, as Jackson's {@code java.time} module and
 * its {@code Date} format read them.
 */
final class WrittenForms {

    private static final String WITH_OFFSET = "a date and time with an offset (ISO 8601, like \"2024-05-01T13:45:00Z\")";
    private static final Map<Class<?>, String> FORMS = Map.ofEntries(
            Map.entry(LocalDate.class, "a date (ISO 8601, like \"2024-05-01\")"),
            Map.entry(LocalDateTime.class, "a date and time (ISO 8601, like \"2024-05-01T13:45:00\")"),
            Map.entry(LocalTime.class, "a time (ISO 8601, like \"13:45:00\")"),
            Map.entry(OffsetTime.class, "a time with an offset (ISO 8601, like \"13:45:00+02:00\")"),
            Map.entry(Instant.class, WITH_OFFSET),
            Map.entry(OffsetDateTime.class, WITH_OFFSET),
            Map.entry(ZonedDateTime.class, WITH_OFFSET),
            Map.entry(Date.class, WITH_OFFSET),
            Map.entry(YearMonth.class, "a year and month (ISO 8601, like \"2024-05\")"),
            Map.entry(MonthDay.class, "a month and day (ISO 8601, like \"--05-01\")"),
            Map.entry(Duration.class, "a duration (ISO 8601, like \"PT2H30M\")"),
            Map.entry(Period.class, "a period (ISO 8601, like \"P1Y2M3D\")"),
            Map.entry(ZoneId.class, "a time zone (like \"Europe/Prague\" or \"+02:00\")"),
            Map.entry(ZoneOffset.class, "an offset from UTC (like \"+02:00\")"),
            Map.entry(UUID.class, "a UUID (like \"123e4567-e89b-12d3-a456-426614174000\")"));

    private WrittenForms() {
    }

    /**
     * The form, {@code null} for a type without one, or where the application may have chosen another: a property
     * inside a param may carry {@code @JsonFormat} with its own pattern, and the mapper its own {@code Date} format.
     *
     * @param param whether the type is the parameter's own, which nothing but the mapper formats
     */
    static String of(Class<?> type, boolean param, ObjectMapper mapper) {
        if (type == Date.class && !(mapper.getDateFormat() instanceof StdDateFormat)) {
            return null;
        }
        if (!param && type != UUID.class) {
            return null;
        }
        return FORMS.get(type);
    }
}
