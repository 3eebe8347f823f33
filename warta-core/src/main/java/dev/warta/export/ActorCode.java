package dev.warta.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts GDELT splits a CAMEO actor code into: the country ("IDN" of "IDNCOP"), the known group
 * ("UNO" of "IGOUNO") and up to three type codes ("GOV", "MIL" of "IDNGOVMIL"; "IGO" of "IGOUNO").
 * Each part is "" when the code has none; warta codes no ethnic or religious groups.
 */
record ActorCode(String country, String knownGroup, List<String> types) {

    /**
     * CAMEO's domestic role codes and generic international types (CAMEO manual 1.1b3, chapter 3): the
     * three-letter pieces of a code that are types; any other piece after the country is a group.
     */
    private static final Set<String> TYPES = Set.of(
            "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
            "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
            "MOD", "RAD",
            "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS");
    private static final Pattern GROUP = Pattern.compile("[A-Z]{3}");
    private static final ActorCode NONE = new ActorCode("", "", List.of());

    static ActorCode parse(String code, FipsCountries countries) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        String country = c.length() >= 3 && countries.ofIso3(c.substring(0, 3)).isPresent() ? c.substring(0, 3) : "";
        String rest = c.substring(country.length());
        List<String> types = new ArrayList<>();
        for (int i = 0; i + 3 <= rest.length() && types.size() < 3; i += 3) {
            if (TYPES.contains(rest.substring(i, i + 3))) {
                types.add(rest.substring(i, i + 3));
            }
        }
        // the last piece is the most specific group: WHO of IGOUNOWHO; NAT also of the CAMEO table's
        // seven-letter NATO code IGNONAT, whose pieces do not fall on three-letter boundaries. A bare
        // three-letter code without a country is a region (SEA), not a group.
        String last = rest.length() >= 6 ? rest.substring(rest.length() - 3) : "";
        String group = GROUP.matcher(last).matches() && !TYPES.contains(last) ? last : "";
        return new ActorCode(country, group, List.copyOf(types));
    }

    /** The n-th type code (1 to 3), or "". */
    String type(int n) {
        return n <= types.size() ? types.get(n - 1) : "";
    }
}
