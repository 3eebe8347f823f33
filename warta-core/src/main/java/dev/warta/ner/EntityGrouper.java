package dev.warta.ner;

import dev.warta.gazetteer.PlaceIds;
import dev.warta.lang.Language;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Role;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the mentions of a document into entities: the same name (ignoring case) is one entity, and a
 * person named by the last words of a fuller name said elsewhere ("Putin" after "Vladimir Putin") is
 * that person. A place the gazetteer knows gets its Wikidata id, and the names of one place are one
 * entity ("AS" and "Amerika Serikat"), as are the names a language's table gives one foreign place
 * ("Kyiv" and "Kiev"). Entities are numbered in the order they are first mentioned;
 * the fullest form names them.
 */
public final class EntityGrouper {
    private final PlaceIds places;
    private final Map<String, Set<String>> placeNames = new java.util.HashMap<>();
    private final RoleFinder roles;

    /**
     * @param languages whose exonym tables join the names of one place ("Moskow", "Moscow") and whose
     *                  titles give persons their roles
     */
    public EntityGrouper(PlaceIds places, List<Language> languages) {
        this.places = places;
        languages.forEach(l -> placeNames.putAll(l.placeNames()));
        this.roles = new RoleFinder(languages);
    }

    public List<Entity> group(String text, List<Mention> mentions) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String name = m.span().of(text).strip();
            String key = m.type() + ":" + placeKey(m.type(), name);
            Group g = byKey.get(key);
            String wikidata = m.type() == EntityType.LOCATION ? places.wikidata(name).orElse(null) : null;
            if (g == null && wikidata != null) {
                g = samePlace(groups, wikidata);
            }
            if (g == null) {
                g = m.type() == EntityType.PERSON ? fullerPerson(groups, name) : null;
            }
            if (g == null) {
                g = new Group(m.type(), wikidata);
                groups.add(g);
            }
            byKey.putIfAbsent(key, g);
            g.add(name, m);
        }
        Map<Group, String> ids = new java.util.IdentityHashMap<>();
        for (Group g : groups) {
            ids.put(g, "e" + (ids.size() + 1));
        }
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            List<Role> found = new ArrayList<>();
            if (g.type == EntityType.PERSON) {
                for (Mention m : g.mentions) {
                    Role r = roles.roleOf(text, m, span -> entityAt(groups, ids, span),
                            span -> groups.stream().anyMatch(o -> o.type == EntityType.PERSON
                                    && o.mentions.stream().anyMatch(x -> span.contains(x.span()))));
                    if (r != null && found.stream().noneMatch(x -> sameRole(x, r))) {
                        found.add(r);
                    }
                }
            }
            out.add(g.entity(ids.get(g), found));
        }
        return out;
    }

    /** "Presiden Putin" repeats "Presiden Rusia Vladimir Putin": a role without affiliation adds nothing. */
    private static boolean sameRole(Role a, Role b) {
        return a.title().equalsIgnoreCase(b.title()) && (b.affiliationEntityId() == null
                || java.util.Objects.equals(a.affiliationEntityId(), b.affiliationEntityId()));
    }

    /** The entity one of whose mentions lies inside {@code span}, if any. */
    private static String entityAt(List<Group> groups, Map<Group, String> ids, Span span) {
        for (Group g : groups) {
            if (g.type != EntityType.PERSON && g.mentions.stream().anyMatch(m -> span.contains(m.span()))) {
                return ids.get(g);
            }
        }
        return null;
    }

    /** One key for every name of a place the language tables list ("kyiv" for "Kiev"). */
    private String placeKey(EntityType type, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Set<String> names = type == EntityType.LOCATION ? placeNames.get(lower) : null;
        return names == null ? lower : names.stream().map(n -> n.toLowerCase(Locale.ROOT)).sorted().findFirst()
                .orElse(lower);
    }

    private static Group samePlace(List<Group> groups, String wikidata) {
        return groups.stream().filter(g -> wikidata.equals(g.wikidata)).findFirst().orElse(null);
    }

    /** The person group whose name ends with these words ("Vladimir Putin" for "Putin"). */
    private static Group fullerPerson(List<Group> groups, String name) {
        String suffix = " " + name.toLowerCase(Locale.ROOT);
        for (Group g : groups) {
            if (g.type == EntityType.PERSON && g.names.stream()
                    .anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith(suffix))) {
                return g;
            }
        }
        return null;
    }

    private static final class Group {
        final EntityType type;
        final String wikidata;
        final Set<String> names = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Group(EntityType type, String wikidata) {
            this.type = type;
            this.wikidata = wikidata;
        }

        void add(String name, Mention m) {
            names.add(name);
            mentions.add(m);
        }

        Entity entity(String id, List<Role> roles) {
            String name = names.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            List<String> aliases = names.stream().filter(n -> !n.equals(name)).toList();
            return new Entity(id, type, name, aliases, roles,
                    wikidata == null ? Map.of() : Map.of("wikidata", wikidata), mentions);
        }
    }
}
