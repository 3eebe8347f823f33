package dev.warta.ner;

import dev.warta.gazetteer.CityPoints;
import dev.warta.gazetteer.PlaceIds;
import dev.warta.lang.Language;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Role;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the mentions of a document into entities: the same name (ignoring case) is one entity; a
 * person named by the first or last words of a fuller name said elsewhere ("Putin" and "Vladimir
 * Putin") is that person; an organization's abbreviation ("KPK", "MK") is that organization. A place the
 * gazetteer knows gets its Wikidata id, a city its GeoNames id, and the names of one place are one entity ("AS" and "Amerika
 * Serikat"), as are the names a language's table gives one foreign place ("Kyiv" and "Kiev"). Entities
 * are numbered in the order they are first mentioned; the fullest form names them.
 */
public final class EntityGrouper {
    private final PlaceIds places;
    private final CityPoints cities;
    private final Map<String, Set<String>> placeNames = new HashMap<>();
    private final RoleFinder roles;
    private final MentionTypes types;

    /**
     * @param languages whose exonym tables join the names of one place ("Moskow", "Moscow") and whose
     *                  titles give persons their roles
     */
    public EntityGrouper(PlaceIds places, CityPoints cities, List<Language> languages) {
        this(places, cities, languages, NameLexicon.of(languages));
    }

    public EntityGrouper(PlaceIds places, CityPoints cities, List<Language> languages, NameLexicon lexicon) {
        this.places = places;
        this.cities = cities;
        languages.forEach(l -> placeNames.putAll(l.placeNames()));
        this.roles = new RoleFinder(lexicon);
        this.types = new MentionTypes(places);
    }

    /**
     * The entities of a text from its tagged mentions, after the document has had its say: abbreviations
     * of common nouns are no names ({@link CommonTerms}), types are set right ({@link MentionTypes}), every
     * use of a defined abbreviation is a mention ({@link Abbreviations}), titles give roles and the
     * organizations of long affiliations ({@link RoleFinder}), and a repeated last name is its person.
     */
    public List<Entity> group(String text, List<Mention> tagged) {
        Set<String> terms = CommonTerms.in(text);
        List<Mention> names = tagged.stream().filter(m -> !CommonTerms.isTerm(terms, m.span().of(text))).toList();
        Abbreviations known = Abbreviations.of(text, names);
        RoleFinder.Found found = roles.find(text, known.withUses(text, types.retype(text, names, known)),
                known::namesOrganizationInContext, types::isPlace);
        known.learn(text, found.mentions());
        List<Mention> mentions = PersonNames.withRepeatedSurnames(text, found.mentions());
        List<Group> groups = new ArrayList<>();
        Map<Span, Group> bySpan = assign(text, mentions, known, groups);
        return entities(groups, bySpan, found.roles());
    }

    /** Puts each mention in its group, creating groups in the order of first mention; the group of each span. */
    private Map<Span, Group> assign(String text, List<Mention> mentions, Abbreviations abbreviations,
                                    List<Group> groups) {
        Map<String, Group> byKey = new HashMap<>();
        Map<Span, Group> bySpan = new HashMap<>();
        for (Mention m : mentions) {
            String name = m.span().of(text).strip();
            String full = abbreviations.fullName(name, m.type() != EntityType.LOCATION);
            EntityType type = full == null ? m.type() : EntityType.ORGANIZATION;
            String key = type + ":" + (full == null ? placeKey(type, name) : full.toLowerCase(Locale.ROOT));
            Group g = byKey.computeIfAbsent(key, k -> find(groups, type, name));
            if (g == null) {
                g = type == EntityType.LOCATION ? new Group(type, placeId(name), cityId(name)) : new Group(type);
                groups.add(g);
                byKey.put(key, g);
            }
            g.add(name, m);
            bySpan.put(m.span(), g);
        }
        return bySpan;
    }

    /** An existing group this new name belongs to: the same place, or the same person named in full. */
    private Group find(List<Group> groups, EntityType type, String name) {
        if (type == EntityType.LOCATION) {
            String wikidata = placeId(name);
            return wikidata == null ? null : groups.stream().filter(g -> wikidata.equals(g.wikidata)).findFirst()
                    .orElse(null);
        }
        return type == EntityType.PERSON ? PersonNames.sameAs(groups.stream().filter(g -> g.type == type)
                .toList(), g -> g.names, name) : null;
    }

    private static List<Entity> entities(List<Group> groups, Map<Span, Group> bySpan, List<RoleDraft> drafts) {
        Map<Group, String> ids = new IdentityHashMap<>();
        groups.forEach(g -> ids.put(g, "e" + (ids.size() + 1)));
        Map<Group, List<Role>> found = new IdentityHashMap<>();
        for (RoleDraft d : drafts) {
            Group person = bySpan.get(d.person().span());
            if (person == null || person.type != EntityType.PERSON) {
                // the name turned out to be an organization's ("Kemlu") or was left out
                continue;
            }
            Group of = d.affiliation() == null ? null : bySpan.get(d.affiliation());
            Role r = new Role(d.title(), d.normalized(), of == null || of == person ? null : ids.get(of),
                    d.evidence());
            List<Role> list = found.computeIfAbsent(person, p -> new ArrayList<>());
            if (list.stream().noneMatch(x -> sameRole(x, r))) {
                list.add(r);
            }
        }
        return groups.stream().map(g -> g.entity(ids.get(g), found.getOrDefault(g, List.of()))).toList();
    }

    /** "Presiden Putin" repeats "Presiden Rusia Vladimir Putin": a role without affiliation adds nothing. */
    private static boolean sameRole(Role a, Role b) {
        return a.title().equalsIgnoreCase(b.title()) && (b.affiliationEntityId() == null
                || Objects.equals(a.affiliationEntityId(), b.affiliationEntityId()));
    }

    /** The Wikidata id of a place under this name or another name of the same place ("Inggris"). */
    private String placeId(String name) {
        String id = places.wikidata(name).orElse(null);
        Set<String> others = id == null ? placeNames.get(name.toLowerCase(Locale.ROOT)) : null;
        return others == null ? id : others.stream().map(n -> places.wikidata(n).orElse(null))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The GeoNames id of the best-ranked city under this name or another name of the same place ("Moskow"). */
    private String cityId(String name) {
        Set<String> names = new LinkedHashSet<>(Set.of(name));
        names.addAll(placeNames.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of()));
        return names.stream().flatMap(n -> cities.of(n).stream())
                .max(Comparator.comparingLong(CityPoints.Point::rank)).map(CityPoints.Point::geonamesId).orElse(null);
    }

    /** One key for every name of a place the language tables list ("kyiv" for "Kiev"). */
    private String placeKey(EntityType type, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Set<String> names = type == EntityType.LOCATION ? placeNames.get(lower) : null;
        return names == null ? lower : names.stream().map(n -> n.toLowerCase(Locale.ROOT)).sorted().findFirst()
                .orElse(lower);
    }

    private static final class Group {
        final EntityType type;
        final String wikidata;
        final String geonames;
        final Set<String> names = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Group(EntityType type, String wikidata, String geonames) {
            this.type = type;
            this.wikidata = wikidata;
            this.geonames = geonames;
        }

        Group(EntityType type) {
            this(type, null, null);
        }

        void add(String name, Mention m) {
            names.add(name);
            mentions.add(m.type() == type ? m : new Mention(m.span(), type));
        }

        Entity entity(String id, List<Role> roles) {
            String name = names.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            List<String> aliases = names.stream().filter(n -> !n.equals(name)).toList();
            Map<String, String> links = new TreeMap<>();
            if (wikidata != null) {
                links.put("wikidata", wikidata);
            }
            if (geonames != null) {
                links.put("geonames", geonames);
            }
            return new Entity(id, type, name, aliases, roles, links, mentions);
        }
    }
}
