package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warta.Warta;
import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores entities against a gold folder like id-articles-dev ({@code NN.txt} with {@code NN.gold.json}
 * lists of persons, organizations and places with their aliases, and persons' roles). A gold entity is
 * found when one of ours of its type has one of its names as name or alias; one of ours is right when
 * it is found that way. A role is "title affiliation" as written ("Gubernur BI"), compared ignoring case,
 * the affiliation under any of its names or with its abbreviation in parentheses ("Ekonom Lembaga Kajian
 * Ekonomi Nusantara (LKEN)"), or as the text writes title and affiliation together ("KPU chairman").
 */
public final class EntityEvaluation {
    /** Precision and recall per kind; {@code misses} one line each. */
    public record Result(int articles, MatchScore persons, MatchScore organizations, MatchScore places,
                         SetScore roles, List<String> misses) {
    }

    private final Warta warta;

    public EntityEvaluation(Warta warta) {
        this.warta = warta;
    }

    public Result run(Path dir, List<String> languages) throws IOException {
        MatchScore persons = MatchScore.ZERO;
        MatchScore organizations = MatchScore.ZERO;
        MatchScore places = MatchScore.ZERO;
        SetScore roles = SetScore.ZERO;
        List<String> misses = new ArrayList<>();
        int articles = 0;
        for (GoldArticles.Article a : new GoldArticles(dir).with(".txt", languages)) {
            String name = a.name();
            JsonNode g = a.gold();
            articles++;
            Document d = a.analyzeText(warta);
            persons = persons.plus(score(name + " persons", g.path("persons"), d, EntityType.PERSON, misses));
            organizations = organizations.plus(score(name + " organizations", g.path("organizations"), d,
                    EntityType.ORGANIZATION, misses));
            places = places.plus(score(name + " places", g.path("places"), d, EntityType.LOCATION, misses));
            roles = roles.plus(roles(name, g, d, misses));
        }
        return new Result(articles, persons, organizations, places, roles, List.copyOf(misses));
    }

    private static MatchScore score(String what, JsonNode gold, Document d, EntityType type, List<String> misses) {
        List<List<String>> golds = new ArrayList<>();
        for (JsonNode e : gold) {
            List<String> names = new ArrayList<>();
            names.add(lower(e.isTextual() ? e.asText() : e.path("name").asText()));
            e.path("aliases").forEach(a -> names.add(lower(a.asText())));
            golds.add(names);
        }
        List<Entity> ours = d.entities().stream().filter(e -> e.type() == type).toList();
        int found = 0;
        List<String> missing = new ArrayList<>();
        for (List<String> names : golds) {
            if (ours.stream().anyMatch(e -> names.stream().anyMatch(n -> namesOf(e).contains(n)))) {
                found++;
            } else {
                missing.add(names.getFirst());
            }
        }
        List<String> extra = new ArrayList<>();
        int right = 0;
        for (Entity e : ours) {
            if (golds.stream().anyMatch(names -> names.stream().anyMatch(n -> namesOf(e).contains(n)))) {
                right++;
            } else {
                extra.add(e.name());
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            misses.add(what + ": missing " + missing + ", extra " + extra);
        }
        return new MatchScore(found, golds.size(), right, ours.size());
    }

    private static SetScore roles(String name, JsonNode g, Document d, List<String> misses) {
        List<String> gold = new ArrayList<>();
        g.path("persons").forEach(p -> p.path("roles").forEach(r -> gold.add(lower(r.asText()))));
        Map<String, Entity> byId = new java.util.HashMap<>();
        d.entities().forEach(e -> byId.put(e.id(), e));
        List<String> ours = new ArrayList<>();
        String text = d.article().text();
        for (Entity e : d.entities()) {
            for (Role r : e.roles()) {
                Entity affiliation = byId.get(r.affiliationEntityId());
                String written = inText(text, r, affiliation);
                ours.add(written != null && gold.contains(written) ? written : asWritten(r, affiliation, gold));
            }
        }
        SetScore s = SetScore.of(ours, gold);
        if (s.truePositives() != s.gold() || s.truePositives() != s.predicted()) {
            misses.add(name + " roles: gold " + gold + ", got " + ours);
        }
        return s;
    }

    /**
     * A role as the text writes it: from the title or the affiliation's mention in the evidence, whichever
     * comes first, to whichever ends last ("KPU chairman", "spokesman for the Philippine Coast Guard");
     * null when the title is not in the evidence.
     */
    private static String inText(String text, Role r, Entity affiliation) {
        String evidence = r.evidence().of(text);
        int title = evidence.indexOf(r.title());
        if (title < 0) {
            return null;
        }
        int start = r.evidence().start() + title;
        int end = start + r.title().length();
        if (affiliation != null) {
            for (var m : affiliation.mentions()) {
                if (r.evidence().contains(m.span())) {
                    start = Math.min(start, m.span().start());
                    end = Math.max(end, m.span().end());
                    break;
                }
            }
        }
        String written = text.substring(start, end);
        if (affiliation != null) {
            // "chairman of the Federation of Thai Industries (FTI)": the abbreviation defined right after
            for (String alias : affiliation.aliases()) {
                if (text.startsWith(" (" + alias + ")", end)) {
                    written += " (" + alias + ")";
                }
            }
        }
        return lower(written.replaceAll("\\s+", " "));
    }

    /**
     * A role as "title affiliation", the affiliation under the name the gold writes when it is one of the
     * entity's names ("Ketua MK" for the title Ketua of Mahkamah Konstitusi, alias MK).
     */
    private static String asWritten(Role r, Entity affiliation, List<String> gold) {
        if (affiliation == null) {
            return lower(r.title());
        }
        for (String name : namesOf(affiliation)) {
            String candidate = lower(r.title() + " " + name);
            if (gold.contains(candidate)) {
                return candidate;
            }
        }
        return lower(r.title() + " " + affiliation.name());
    }

    /** Every name of the entity, and its name with each alias in parentheses, as a text defines an abbreviation. */
    private static List<String> namesOf(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(lower(e.name()));
        e.aliases().forEach(a -> out.add(lower(a)));
        e.aliases().forEach(a -> out.add(lower(e.name() + " (" + a + ")")));
        return out;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
