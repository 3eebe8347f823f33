package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.ActorWords;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * CAMEO actor codes (country + roles, "RUSGOV", "IDNCOP") for the actors of one document. In order: the
 * language's dictionary of institutions ("Kremlin"), office holders on the article's date, then what
 * the entity says of itself: a place's country (a capital standing for its government), a person's role
 * and affiliation ("Juru bicara Kremlin" takes the Kremlin's code), the agent and place words of an
 * organization's name ("Kepolisian Daerah Jawa Timur"). The country an actor lacks is the country its
 * sentence happens in, else the document's home country, when there is one.
 */
final class ActorCoder {
    /** Longest country name looked up inside an organization's name, in words ("Republik Demokratik Kongo"). */
    private static final int MAX_COUNTRY_WORDS = 3;
    private final ActorWords words;
    private final PlaceCountries places;
    private final OfficeHolders holders;
    private final LocalDate day;
    private final String home;
    private final Function<String, Entity> entities;
    /** Words after which a name says where an organization sits, not what it is ("Majelis Rendah Jepang di Tokyo"). */
    private final Set<String> locatives;

    ActorCoder(ActorWords words, PlaceCountries places, OfficeHolders holders, LocalDate day, String home,
               Function<String, Entity> entities, Set<String> locatives) {
        this.words = words;
        this.locatives = locatives;
        this.places = places;
        this.holders = holders;
        this.day = day;
        this.home = home;
        this.entities = entities;
    }

    /** This coder for a sentence that happens in {@code country}: the actors it names without one are of it. */
    ActorCoder in(String country) {
        return country == null || country.equals(home) ? this
                : new ActorCoder(words, places, holders, day, country, entities, locatives);
    }

    /** The code of an entity named by {@code surface}, with the role an agent word next to it gives, if any. */
    String code(Entity e, String surface, String agentRole) {
        for (String name : names(e, surface)) {
            String known = words.names().get(ActorWords.key(name));
            if (known != null) {
                // "pengungsi Rohingya": a people the dictionary gives only a country, with the agent's role
                return known.length() == Actor.COUNTRY_CODE && agentRole != null ? known + agentRole : known;
            }
        }
        String stated = e.type() == EntityType.PERSON && agentRole == null ? statedOffice(e) : null;
        if (stated != null) {
            // "Ketua Umum PSSI Erick Thohir": the office the text gives wins over the one the table holds
            return stated;
        }
        for (String name : names(e, surface)) {
            var held = holders.code(name, day);
            if (held.isPresent()) {
                return held.get();
            }
        }
        return switch (e.type()) {
            case LOCATION -> place(surface, e.name(), agentRole);
            case PERSON -> person(e, agentRole);
            case ORGANIZATION -> organization(e.name(), agentRole);
        };
    }

    /**
     * "Komisi XI DPR" is part of the DPR, and "penyidik Kejaksaan Tinggi Sumatera Utara" acts as it; "Kepolisian
     * Daerah Jawa Timur" is police of its country.
     */
    private String organization(String name, String agentRole) {
        String within = institutionWithin(beforeLocative(name));
        if (within != null && (agentRole == null || within.length() > Actor.COUNTRY_CODE)) {
            return within;
        }
        return join(countryIn(name), agentRole != null ? agentRole : headRole(name));
    }

    /**
     * The role an organization's name gives from its head, the first of its words that name one, longest first
     * ("Kementerian Angkatan Bersenjata Prancis" is a ministry, "Kepolisian Daerah Jawa Timur" police).
     */
    private String headRole(String name) {
        String[] tokens = ActorWords.key(name).split(" ");
        for (int i = 0; i < tokens.length; i++) {
            for (int n = tokens.length - i; n >= 1; n--) {
                String role = words.agents().get(String.join(" ", Arrays.copyOfRange(tokens, i, i + n)));
                if (role != null) {
                    return role;
                }
            }
        }
        return null;
    }

    /** The words of a name before a locative ("Kedutaan Besar China" of "Kedutaan Besar China di Jakarta"). */
    private String beforeLocative(String name) {
        String[] tokens = name.strip().split("\\s+");
        for (int i = 1; i < tokens.length; i++) {
            if (locatives.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", Arrays.copyOfRange(tokens, 0, i));
            }
        }
        return name;
    }

    /** The code of the longest institution name of the dictionary inside {@code text} ("Ketua KPU" -> KPU's), or null. */
    private String institutionWithin(String text) {
        String[] tokens = text.strip().split("\\s+");
        return longestRun(tokens, tokens.length - 1, run -> words.names().get(ActorWords.key(run)));
    }

    /** The code of an unnamed agent ("polisi", "polisi Malaysia"). */
    String agent(String role, String countryName) {
        String country = countryName == null ? null
                : places.of(countryName).map(PlaceCountries.Country::iso3).orElse(null);
        return join(country, role);
    }

    /**
     * A role of a title, agent phrase or organization name: the whole phrase, else its longest run of words
     * that names one ("Angkatan Laut Rusia" -> "angkatan laut", "menteri luar negeri" -> "menteri").
     */
    String roleOf(String title) {
        String[] tokens = ActorWords.key(title).split(" ");
        return longestRun(tokens, tokens.length, words.agents()::get);
    }

    /** The code of a country or capital named in the text without an entity ("Indonesia", "Washington"). */
    String country(String name) {
        return places.of(name).filter(c -> c.kind() != PlaceCountries.Kind.PLACE)
                .map(c -> c.iso3() + Actor.GOVERNMENT).orElse(null);
    }

    private String place(String surface, String name, String agentRole) {
        for (String n : List.of(surface, name)) {
            var country = places.of(n);
            if (country.isPresent()) {
                PlaceCountries.Country c = country.get();
                // a country or its capital acting is its government ("Amerika Serikat memveto ...")
                String role = agentRole != null ? agentRole
                        : c.kind() != PlaceCountries.Kind.PLACE ? Actor.GOVERNMENT : null;
                return join(c.iso3(), role);
            }
        }
        return agentRole == null ? null : join(home, agentRole);
    }

    private String person(Entity e, String agentRole) {
        String role = agentRole;
        String country = null;
        for (Role r : e.roles()) {
            Entity affiliation = r.affiliationEntityId() == null ? null : entities.apply(r.affiliationEntityId());
            if (affiliation != null && !affiliation.id().equals(e.id())) {
                // "Juru bicara Kremlin", "utusan khusus Presiden Putin": the office speaks for its holder's side
                String code = affiliation.type() == EntityType.PERSON ? holderCode(affiliation)
                        : code(affiliation, affiliation.name(), null);
                if (code != null && code.length() > Actor.COUNTRY_CODE && role == null) {
                    return code;
                }
                country = country != null || code == null ? country
                        : code.substring(0, Math.min(Actor.COUNTRY_CODE, code.length()));
            }
            String within = role == null ? institutionWithin(r.title()) : null;
            if (within != null && within.length() > Actor.COUNTRY_CODE) {
                return within;
            }
            role = role != null ? role : roleOf(r.title());
            country = country != null ? country : countryIn(r.title());
        }
        return join(country, role);
    }

    /** The code of the institution a person's title in the text names ("Ketua Umum PSSI", "Juru bicara Kremlin"), or null. */
    private String statedOffice(Entity person) {
        for (Role r : person.roles()) {
            Entity affiliation = r.affiliationEntityId() == null ? null : entities.apply(r.affiliationEntityId());
            String code = affiliation == null || affiliation.type() == EntityType.PERSON || affiliation.id().equals(person.id())
                    ? institutionWithin(r.title()) : code(affiliation, affiliation.name(), null);
            if (code != null && code.length() > Actor.COUNTRY_CODE) {
                return code;
            }
        }
        return null;
    }

    /** The code of a name in the language's institutions ("kamar dagang dan industri indonesia"), or null. */
    String institution(String lowerName) {
        return words.names().get(lowerName);
    }

    /** The code of a name in the language's institutions or the office holders ("kementerian luar negeri"). */
    String known(String lowerName) {
        String code = words.names().get(lowerName);
        return code != null ? code : holders.code(lowerName, day).orElse(null);
    }

    /** The code of the office a person held on the article's date, or null. */
    String holderCode(Entity person) {
        for (String name : names(person, person.name())) {
            var held = holders.code(name, day);
            if (held.isPresent()) {
                return held.get();
            }
        }
        return null;
    }

    /** The country of the first place named inside {@code name} ("Kedutaan Besar China"), else home. */
    private String countryIn(String name) {
        String[] tokens = name.split("\\s+");
        String country = longestRun(tokens, Math.min(MAX_COUNTRY_WORDS, tokens.length),
                run -> places.of(run).map(PlaceCountries.Country::iso3).orElse(null));
        return country != null ? country : home;
    }

    /** What {@code lookup} gives for the longest run of at most {@code longest} tokens it knows, leftmost first; or null. */
    private static <T> T longestRun(String[] tokens, int longest, Function<String, T> lookup) {
        for (int n = longest; n >= 1; n--) {
            for (int i = 0; i + n <= tokens.length; i++) {
                T found = lookup.apply(String.join(" ", Arrays.copyOfRange(tokens, i, i + n)));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String join(String country, String role) {
        String c = country != null ? country : home;
        if (c == null && role == null) {
            return null;
        }
        return (c == null ? "" : c) + (role == null ? "" : role);
    }

    private static List<String> names(Entity e, String surface) {
        List<String> out = new ArrayList<>();
        out.add(surface);
        out.add(e.name());
        out.addAll(e.aliases());
        return out;
    }
}
