package dev.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.store.CorpusStore;
import dev.warta.store.SearchRequest;
import dev.warta.store.SearchResult;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warta search}: articles of the corpus matching a query and filters, as a table or JSON Lines. */
@Command(name = "search", description = "Search the corpus: a readable table, or --json for JSON Lines.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CorpusFilter filter = new CorpusFilter();

    @Option(names = "--page", description = "Result page, from 0 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", description = "Results per page, 1-100 (default: ${DEFAULT-VALUE}).")
    int size = 20;

    @Option(names = "--json", description = "One JSON object per hit, then one with the total and the facets.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!filter.exists()) {
            return 2;
        }
        SearchRequest request = filter.request(page, size);
        SearchResult r;
        try (CorpusStore store = CorpusStore.openReadOnly(filter.data)) {
            r = store.search(request);
        }
        if (json) {
            ObjectMapper m = new ObjectMapper();
            for (SearchResult.Hit h : r.hits()) {
                System.out.println(m.writeValueAsString(h));
            }
            System.out.println(m.writeValueAsString(java.util.Map.of("total", r.total(), "facets", r.facets())));
        } else {
            table(r);
        }
        return 0;
    }

    private static void table(SearchResult r) {
        System.out.printf(Locale.ROOT, "%,d articles%n", r.total());
        for (SearchResult.Hit h : r.hits()) {
            String day = h.published() == null ? "          " : h.published().substring(0, Math.min(10, h.published().length()));
            String copies = h.copies() > 0 ? "  (+" + h.copies() + " copies)" : "";
            System.out.printf(Locale.ROOT, "%s  %-16.16s  %s  %s%s%n", day, h.outlet() == null ? "" : h.outlet(),
                    h.id(), h.title() == null ? "" : h.title(), copies);
            System.out.println("            " + h.snippet().replace('\n', ' '));
        }
        r.facets().forEach((dim, values) -> {
            if (!values.isEmpty()) {
                System.out.println(dim + ": " + String.join(", ", values.stream()
                        .map(v -> v.value() + " (" + v.count() + ")").toList()));
            }
        });
    }
}
