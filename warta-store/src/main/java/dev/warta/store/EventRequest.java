package dev.warta.store;

import java.time.LocalDate;

/**
 * A query over the event records, each filter null when unused: an actor code (source or target, "IDNGOV"),
 * a CAMEO code ("036", or a two-digit root "04"), a PLOVER type ("CONSULT"), event days [from, to], a
 * place as the text names it ("Medan"). {@code page} counts from 0.
 */
public record EventRequest(String actor, String code, String plover, LocalDate from, LocalDate to, String place,
                           int page, int size) {
    public EventRequest {
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + SearchRequest.MAX_SIZE);
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
    }
}
