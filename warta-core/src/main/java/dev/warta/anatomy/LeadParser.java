package dev.warta.anatomy;

import dev.warta.gazetteer.PlaceNames;
import dev.warta.text.Casing;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lead prefix of the first body line: "WAHANANEWS.CO, Jakarta -", "JAKARTA, KOMPAS.com -",
 * "Jakarta (ANTARA) -", "Jakarta, CNN Indonesia --", "Merdeka.com -", detik's bare "Jakarta -",
 * Media Indonesia's "Jakarta:", and the wires' "MANILA, Philippines (AP) —", "KOTA KINABALU, Nov 3 (Bernama) --",
 * "(Bloomberg) --", CNA's "SINGAPORE:". Each comma-separated piece must be recognisable as an outlet or a
 * place, so an ordinary sentence that happens to hold a dash is left alone.
 */
final class LeadParser {
    // a hyphen needs spaces around it ("Jakarta - "); en and em dashes may stand without ("SLEMAN—")
    private static final Pattern DASH = Pattern.compile(
            "^(?<prefix>[^\\n]{2,70}?)(?:\\s+(?:-{1,2}|–|—)\\s+|\\s*[–—]\\s*)(?=\\S)");
    // Kontan's "KONTAN.CO.ID - JAKARTA. Harga ...": the place comes after the outlet, closed by a period
    private static final Pattern PLACE_AFTER = Pattern.compile("^(?<place>\\p{Lu}[\\p{Lu} ]{1,30})\\.\\s+(?=\\p{Lu})");
    private static final Pattern COLON = Pattern.compile("^(?<prefix>[\\p{L}][\\p{L} .,]{1,40}):\\s+(?=\\p{Lu})");
    /** "Jakarta (ANTARA)", "MANILA, Philippines (AP)", "(Bloomberg)": the outlet in parentheses at the end. */
    private static final Pattern PARENTHESIZED = Pattern.compile("^(?<place>[^()]*?)\\s*\\((?<outlet>[^()]+)\\)$");
    /** "Nov 3", "3 November", "Jan. 29": a day in a wire dateline. */
    private static final Pattern DAY = Pattern.compile("^(?:(?<m1>\\p{L}{3,9})\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?<m2>\\p{L}{3,9}))$");
    private static final Pattern PIECE = Pattern.compile("^(?:[\\p{Lu}\\p{N}]|[\\p{Ll}][\\p{L}\\p{N}-]*\\.)[\\p{L}\\p{N}.'’ -]*$");

    /** The prefix found: its length in the line (separator included), outlet and place as printed. */
    record Lead(int length, String outlet, String place) {
    }

    private final Outlets outlets;
    private final PlaceNames places;
    private final Set<String> months;

    /** {@code months}: the month words of the languages, lower case, full and short ("november", "nov"). */
    LeadParser(Outlets outlets, PlaceNames places, Set<String> months) {
        this.outlets = outlets;
        this.places = places;
        this.months = months;
    }

    Lead parse(String line) {
        Matcher dash = DASH.matcher(line);
        if (dash.find()) {
            Lead lead = classify(dash.group("prefix").strip(), dash.end(), false);
            if (lead != null) {
                return lead.place() == null ? withPlaceAfter(lead, line) : lead;
            }
        }
        Matcher colon = COLON.matcher(line);
        if (colon.find()) {
            return classify(colon.group("prefix").strip(), colon.end(), true);
        }
        return null;
    }

    private Lead withPlaceAfter(Lead lead, String line) {
        Matcher m = PLACE_AFTER.matcher(line.substring(lead.length()));
        if (m.find() && places.contains(m.group("place"))) {
            return new Lead(lead.length() + m.end(), lead.outlet(), m.group("place"));
        }
        return lead;
    }

    private Lead classify(String prefix, int length, boolean strict) {
        if (prefix.split("\\s+").length > 7) {
            return null;
        }
        Matcher p = PARENTHESIZED.matcher(prefix);
        if (p.matches() && !strict) {
            String rest = p.group("place").strip();
            String outlet = p.group("outlet").strip();
            if (rest.isEmpty()) {
                return isPiece(outlet) && outlet.split("\\s+").length <= 3 ? new Lead(length, outlet, null) : null;
            }
            Lead dateline = wireDateline(List.of(rest.split("\\s*,\\s*")), length, outlet);
            if (dateline != null) {
                return dateline;
            }
            return isPiece(rest) && !rest.contains(",") ? new Lead(length, outlet, rest) : null;
        }
        List<String> pieces = List.of(prefix.split("\\s*,\\s*"));
        if (pieces.size() == 1) {
            return single(prefix, length, strict);
        }
        Lead dateline = wireDateline(pieces, length, null);
        if (dateline != null || pieces.size() != 2 || strict || !isPiece(pieces.get(0)) || !isPiece(pieces.get(1))) {
            return dateline;
        }
        String a = pieces.get(0);
        String b = pieces.get(1);
        if (isOutlet(a) && !isOutlet(b)) {
            return new Lead(length, a, b);
        }
        if (isOutlet(b) && !isOutlet(a)) {
            return new Lead(length, b, a);
        }
        if (places.contains(a) && !places.contains(b)) {
            return new Lead(length, b, a);
        }
        if (places.contains(b) && !places.contains(a)) {
            return new Lead(length, a, b);
        }
        return null;
    }

    /**
     * A wire dateline: a city in capitals, then its region or country or the day, not in capitals ("MANILA,
     * Philippines", "DHAKA, 3 November", "KOTA KINABALU, Nov 3"); the city is the place. An outlet in capitals
     * after a city ("SEMARANG, WARTAJATENG.COM") is not one.
     */
    private Lead wireDateline(List<String> pieces, int length, String outlet) {
        String a = pieces.size() == 2 ? pieces.get(0) : "";
        if (pieces.size() != 2 || !isPiece(a) || !Casing.allCapitals(a) || isOutlet(a)) {
            return null;
        }
        String b = pieces.get(1);
        boolean region = isPiece(b) && !Casing.allCapitals(b) && !isOutlet(b);
        return region || isDay(b) ? new Lead(length, outlet, pieces.get(0)) : null;
    }

    private boolean isDay(String piece) {
        Matcher m = DAY.matcher(piece.strip());
        if (!m.matches()) {
            return false;
        }
        String month = m.group("m1") != null ? m.group("m1") : m.group("m2");
        return months.contains(month.toLowerCase(Locale.ROOT));
    }


    private Lead single(String piece, int length, boolean strict) {
        if (!isPiece(piece) || piece.split("\\s+").length > 4) {
            return null;
        }
        if (!strict && outlets.isKnown(piece)) {
            return new Lead(length, piece, null);
        }
        if (places.contains(piece)) {
            return new Lead(length, null, piece);
        }
        return !strict && Outlets.isDomain(piece) ? new Lead(length, piece, null) : null;
    }

    private boolean isOutlet(String piece) {
        return outlets.isOutlet(piece);
    }

    private static boolean isPiece(String piece) {
        String p = piece.strip();
        return !p.isEmpty() && p.length() <= 40 && PIECE.matcher(p).matches() && !p.endsWith(".");
    }
}
