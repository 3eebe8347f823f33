package dev.warta.server;

import dev.warta.store.CorpusStore;
import dev.warta.store.EventPage;
import dev.warta.store.EventQueries;
import dev.warta.store.EventRecord;
import dev.warta.store.EventRequest;
import dev.warta.store.SearchResult.FacetCount;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /api/events}: coded events by actor, CAMEO code, PLOVER type, day and place, newest first. */
final class EventApi {
    private final EventQueries events;

    /** A page of events, facet counts over all matches and matches per month. */
    record Response(long total, int page, int size, List<EventRecord> events, Map<String, List<FacetCount>> facets,
                    List<FacetCount> months) {
    }

    EventApi(CorpusStore store) {
        this.events = new EventQueries(store);
    }

    void list(Context ctx) throws IOException {
        Params p = Params.of(ctx, Set.of("actor", "code", "plover", "from", "to", "place", "page", "size"));
        Params.Days days = p.days();
        EventRequest r = new EventRequest(p.matching("actor", "[A-Z0-9]{3,30}", true, "a CAMEO actor code such as IDNGOV"),
                p.matching("code", "\\d{2,4}", false, "a CAMEO code of 2 to 4 digits"),
                p.matching("plover", "[A-Z_]{2,30}", true, "a PLOVER type such as CONSULT"), days.from(), days.to(),
                p.value("place"), p.page(), p.size());
        EventPage found = events.events(r);
        ctx.json(new Response(found.total(), r.page(), r.size(), found.events(), found.facets(), found.months()));
    }
}
