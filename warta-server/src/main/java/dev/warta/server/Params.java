package dev.warta.server;

import dev.warta.store.SearchRequest;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * The query parameters of one API request, checked: an unknown or repeated parameter, a value over its
 * length, a malformed day or number, or a page size outside 1..100 is a 400 with a message saying which.
 */
final class Params {
    static final int DEFAULT_SIZE = 20;
    /** Deep pages cost a sort over page * size hits; no reader goes this far. */
    static final int MAX_PAGE = 10_000;
    private static final int MAX_VALUE = 200;
    private final Context ctx;

    private Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameters of a request to an endpoint that accepts only {@code allowed}. */
    static Params of(Context ctx, Set<String> allowed) {
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new BadRequestResponse("unknown parameter '" + e.getKey() + "'; this endpoint takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (e.getValue().size() > 1) {
                throw new BadRequestResponse("parameter '" + e.getKey() + "' given more than once");
            }
        }
        return new Params(ctx);
    }

    /** The free-text query {@code q}: null when absent, at most {@value SearchRequest#MAX_QUERY_LENGTH} characters. */
    String query() {
        return text("q", SearchRequest.MAX_QUERY_LENGTH);
    }

    /** A short value (a name, a code, an outlet), stripped; null when absent or blank. */
    String value(String name) {
        return text(name, MAX_VALUE);
    }

    /** A value that must match {@code pattern} (after upper-casing when {@code upper}), or null when absent. */
    String matching(String name, String pattern, boolean upper, String expected) {
        String v = value(name);
        if (v == null) {
            return null;
        }
        String normal = upper ? v.toUpperCase(Locale.ROOT) : v;
        if (!normal.matches(pattern)) {
            throw new BadRequestResponse("parameter '" + name + "' must be " + expected);
        }
        return normal;
    }

    private LocalDate day(String name) {
        String v = value(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("parameter '" + name + "' must be a day as YYYY-MM-DD");
        }
    }

    /** Parameters {@code from} and {@code to}, each null when absent. */
    record Days(LocalDate from, LocalDate to) {
    }

    /** {@code from} and {@code to}, the first not after the second. */
    Days days() {
        LocalDate from = day("from");
        LocalDate to = day("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestResponse("'from' is after 'to'");
        }
        return new Days(from, to);
    }

    int page() {
        return number("page", 0, 0, MAX_PAGE);
    }

    int size() {
        return number("size", DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
    }

    private int number(String name, int otherwise, int min, int max) {
        String v = value(name);
        if (v == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new BadRequestResponse("parameter '" + name + "' must be a whole number from " + min + " to " + max);
    }

    private String text(String name, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > max) {
            throw new BadRequestResponse("parameter '" + name + "' is longer than " + max + " characters");
        }
        return v.strip();
    }
}
