package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import java.util.List;
import java.util.function.Function;

/**
 * The target an event of one sentence is coded with, from the one its words give: none when that is the doer
 * itself or, for a show of force, the doer's own side; workers under armed men as civilians; and, when the
 * sentence says nowhere where it happens, people of the home country acted on by a foreign side as of that side's
 * country.
 */
final class CodedTargets {
    private final CameoConventions conventions;
    private final PlaceCountries places;
    private final String home;
    /** Whether the sentence says where it happens, so its actors are already of that country. */
    private final boolean placed;
    /** The sentence's actors as read with a given default country. */
    private final Function<String, List<Actor>> actorsIn;

    CodedTargets(CameoConventions conventions, PlaceCountries places, String home, String placed,
                 Function<String, List<Actor>> actorsIn) {
        this.conventions = conventions;
        this.places = places;
        this.home = home;
        this.placed = placed != null;
        this.actorsIn = actorsIn;
    }

    /** The target act {@code cameo} by {@code source} is coded with, or null when it has none. */
    Actor of(String cameo, Actor source, Actor target) {
        if (target == null || target.sameAs(source) || conventions.ownDeployment(cameo, source, target)) {
            return null;
        }
        return CameoConventions.asCivilians(source, placed || home == null ? target : ofSourceCountry(source, target));
    }

    /**
     * The target as of the source's country when the text gives the target none and says nowhere where the
     * sentence happens ("warga sipil ... dibantai oleh tentara junta Myanmar"): a foreign side acts on people
     * of its own land more often than on the home country's.
     */
    private Actor ofSourceCountry(Actor source, Actor target) {
        String country = source.code() == null || source.code().length() < Actor.COUNTRY_CODE ? null
                : source.code().substring(0, Actor.COUNTRY_CODE);
        if (country == null || country.equals(home) || !places.isCountry(country) || target.code() == null
                || !target.code().startsWith(home)) {
            return target;
        }
        for (Actor a : actorsIn.apply(country)) {
            if (a.from() == target.from() && a.to() == target.to() && a.code() != null
                    && a.code().startsWith(country)) {
                return new Actor(target.from(), target.to(), target.span(), target.entity(), a.code(),
                        target.bothSides());
            }
        }
        return target;
    }
}
