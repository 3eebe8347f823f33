package dev.warta.server;

import dev.warta.store.CorpusStore;
import dev.warta.store.EntityCount;
import dev.warta.store.EntityPage;
import dev.warta.store.EntityQueries;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@code /api/entities} and {@code /api/entities/{name}}: the people, organizations and places of the corpus. */
final class EntityApi {
    private static final int MAX_NAME = 200;
    private final EntityQueries entities;

    /** A page of entities, most named first. */
    record Response(long total, int page, int size, List<EntityCount> entities) {
    }

    EntityApi(CorpusStore store) {
        this.entities = new EntityQueries(store);
    }

    void list(Context ctx) throws IOException {
        Params p = Params.of(ctx, Set.of("q", "page", "size"));
        int page = p.page();
        int size = p.size();
        EntityPage found = entities.entities(p.query(), page, size);
        ctx.json(new Response(found.total(), page, size, found.entities()));
    }

    void profile(Context ctx) throws IOException {
        Params.of(ctx, Set.of());
        String name = ctx.pathParam("name");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new BadRequestResponse("an entity name has 1 to " + MAX_NAME + " characters");
        }
        ctx.json(entities.entity(name).orElseThrow(() -> new NotFoundResponse("no article names " + name)));
    }
}
