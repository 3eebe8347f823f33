package dev.warta.server;

import dev.warta.store.ArticleQueries;
import dev.warta.store.ArticleSummary;
import dev.warta.store.CorpusStore;
import dev.warta.store.EventQueries;
import dev.warta.store.EventRecord;
import dev.warta.store.Story;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code /api/stories} and {@code /api/stories/{id}}: groups of articles about one happening. */
final class StoryApi {
    private final CorpusStore store;
    private final ArticleQueries articles;
    private final EventQueries events;

    /** A page of stories, the most recent first. */
    record Response(int page, int size, List<Story> stories) {
    }

    /** An article of a story and the other articles of its duplicate group (syndicated copies, all in the story). */
    record StoryArticle(String id, String title, String outlet, String published, String url, List<String> copies) {
    }

    /** A story with its articles and the timeline of their events. */
    record Detail(String id, String label, String firstDay, String lastDay, List<String> entities,
                  List<StoryArticle> articles, List<EventRecord> events) {
    }

    StoryApi(CorpusStore store) {
        this.store = store;
        this.articles = new ArticleQueries(store);
        this.events = new EventQueries(store);
    }

    void list(Context ctx) throws IOException {
        Params p = Params.of(ctx, Set.of("page", "size"));
        int page = p.page();
        int size = p.size();
        ctx.json(new Response(page, size, store.stories(page, size)));
    }

    void story(Context ctx) throws IOException {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Story s = store.story(id).orElseThrow(() -> new NotFoundResponse("no story with id " + id));
        List<StoryArticle> members = new ArrayList<>();
        for (ArticleSummary a : articles.summaries(s.articleIds())) {
            List<String> copies = store.copies(a.id()).stream().filter(c -> !c.equals(a.id())).toList();
            members.add(new StoryArticle(a.id(), a.title(), a.outlet(), a.published(), a.url(), copies));
        }
        ctx.json(new Detail(s.id(), s.label(), s.firstDay(), s.lastDay(), s.entities(), members,
                events.inArticles(s.articleIds())));
    }
}
