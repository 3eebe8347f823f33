package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import java.util.List;

/**
 * The CAMEO conventions that depend on who does what to whom, whatever the language: a blockade by unarmed
 * people is a protest, workers taken by armed men are civilians, a show of force faces no one of its own.
 */
final class CameoConventions {
    private static final String FORCE_POSTURE_ROOT = "15";
    private static final String LABOR = "LAB";
    private static final String CIVILIANS = "CVL";
    /** Roles of those who bear arms: rebels, unaligned armed groups, criminals, the military. */
    private static final List<String> ARMED = List.of("REB", "UAF", "CRM", "MIL");
    private static final String BLOCKADE = "191";
    private static final String OBSTRUCT = "144";
    /** Roles of people who bear no arms and hold no office: civilians, students, workers, opposition, activists, farmers. */
    private static final List<String> UNARMED = List.of("CVL", "EDU", "LAB", "OPP", "ENV", "AGR");
    private final PlaceCountries places;

    CameoConventions(PlaceCountries places) {
        this.places = places;
    }

    /**
     * Whether a show of force (CAMEO 15x) names only its own side as the other: the forces it deploys ("mengerahkan
     * ribuan personel"), the own ground they go to ("ke pusat Kuala Lumpur") or guard; it faces no one of its own.
     */
    boolean ownDeployment(String cameo, Actor source, Actor target) {
        String country = country(source);
        return cameo.startsWith(FORCE_POSTURE_ROOT) && country != null && country.equals(country(target));
    }

    /**
     * Workers whom armed men attack, take or free are civilians ("menyandera lima pekerja tambang"): labor is an
     * actor of its own (LAB) where it acts or bargains as labor, not as the victim of force.
     */
    static Actor asCivilians(Actor source, Actor target) {
        String by = source.code();
        String of = target.code();
        if (by == null || of == null || !of.endsWith(LABOR) || ARMED.stream().noneMatch(by::endsWith)) {
            return target;
        }
        return new Actor(target.from(), target.to(), target.span(), target.entity(),
                of.substring(0, of.length() - LABOR.length()) + CIVILIANS, target.bothSides());
    }

    /**
     * The code of the act as its doer does it: a blockade (191) by unarmed people, students, workers or residents,
     * is their obstructing passage (144), a protest ("nelayan ... memblokade jalur pantura").
     */
    static String asDoneBy(String cameo, Actor source) {
        String by = source == null ? null : source.code();
        return cameo.equals(BLOCKADE) && by != null && UNARMED.stream().anyMatch(by::endsWith) ? OBSTRUCT : cameo;
    }

    /** The country of an actor's code, or null when it names none. */
    private String country(Actor a) {
        String code = a.code();
        String country = code == null || code.length() < Actor.COUNTRY_CODE ? null
                : code.substring(0, Actor.COUNTRY_CODE);
        return country != null && places.isCountry(country) ? country : null;
    }
}
