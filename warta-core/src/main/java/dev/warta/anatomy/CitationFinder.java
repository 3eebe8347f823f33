package dev.warta.anatomy;

import dev.warta.lang.CitationRules;
import dev.warta.lang.Language;
import dev.warta.model.CitedSource;
import dev.warta.model.DateMention;
import dev.warta.model.DateValue;
import dev.warta.model.Evidence;
import dev.warta.time.DateFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cited sources: the proper name after a citation cue ("dilansir dari The Straits Times",
 * "Melansir VnExpress, Selasa (22/4/2025)", "According to Reuters"), with the date the citation
 * carries. After a weak cue the name must be an outlet.
 */
final class CitationFinder {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*(?:\\.[\\p{L}]{2,})*");
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*,?\\s*(?:(?:pada|on)\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private final Pattern cues;
    private final Set<String> cueWords = new HashSet<>();
    private final List<String> fillers = new ArrayList<>();
    private final Set<String> connectors = new HashSet<>();
    private final Set<String> calendarWords = new HashSet<>();
    private final Outlets outlets;
    private final DateFinder dates;

    CitationFinder(List<Language> languages, Outlets outlets, DateFinder dates) {
        List<Pattern> strong = new ArrayList<>();
        List<Pattern> weak = new ArrayList<>();
        for (Language l : languages) {
            CitationRules r = l.citations();
            strong.addAll(r.cues());
            weak.addAll(r.weakCues());
            fillers.addAll(r.fillers());
            cueWords.addAll(r.cueWords());
            connectors.addAll(l.nameConnectors());
            calendarWords.addAll(l.calendar().weekdays());
            calendarWords.addAll(l.calendar().months().keySet());
        }
        fillers.sort((a, b) -> b.length() - a.length());
        // one pass over the text for all cues: the text is long, the cues are few
        cues = Pattern.compile("(?<strong>" + alternation(strong) + ")|(?<weak>" + alternation(weak) + ")");
        this.outlets = outlets;
        this.dates = dates;
    }

    List<CitedSource> find(String text, LocalDate reference) {
        List<CitedSource> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // matched against a lower-cased copy of the same length, and only where a cue word starts: the
        // text is long, cues are rare, and case-insensitive Unicode matching everywhere was most of the cost
        String lower = lowerCase(text);
        Matcher m = cues.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(lower.charAt(i)) || (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1)))) {
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(lower.charAt(j))) {
                j++;
            }
            if (!cueWords.contains(lower.substring(i, j)) || !m.region(i, n).lookingAt()) {
                i = j;
                continue;
            }
            CitedSource found = nameAt(text, m.start(), m.end(), m.group("weak") != null, reference);
            for (CitedSource s : found == null ? List.<CitedSource>of() : split(found)) {
                if (seen.add(s.name().toLowerCase(Locale.ROOT))) {
                    out.add(s);
                }
            }
            i = Math.max(i, m.end() - 1);
        }
        return out;
    }

    private CitedSource nameAt(String text, int cueStart, int from, boolean isWeak, LocalDate reference) {
        int start = skipFillers(text, from);
        int end = start;
        int pos = start;
        Matcher w = WORD.matcher(text);
        while (w.find(pos) && w.start() == pos) {
            String word = w.group();
            boolean proper = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                    || (word.contains(".") && end > start);
            boolean connector = end > start && connectors.contains(word.toLowerCase(Locale.ROOT));
            if ((!proper && !connector) || calendarWords.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            if (proper) {
                end = w.end();
            }
            pos = w.end();
            if (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            } else {
                break;
            }
        }
        if (end == start) {
            return null;
        }
        String name = text.substring(start, end);
        if (isWeak && !outlets.looksLikeOutlet(name)) {
            return null;
        }
        return new CitedSource(name, dateAfter(text, end, reference), Evidence.inText(cueStart, end));
    }

    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static String alternation(List<Pattern> patterns) {
        return patterns.isEmpty() ? "(?!)" : String.join("|", patterns.stream().map(p -> "(?:" + p.pattern() + ")")
                .toList());
    }

    /** "Reuters dan AFP" cites two outlets; "Kementerian Energi dan Sumber Daya Mineral" is one name. */
    private List<CitedSource> split(CitedSource s) {
        String[] parts = s.name().split("\\s+(?:dan|and|&)\\s+");
        if (parts.length < 2 || !java.util.Arrays.stream(parts).allMatch(outlets::looksLikeOutlet)) {
            return List.of(s);
        }
        return java.util.Arrays.stream(parts).map(p -> new CitedSource(p, s.date(), s.evidence())).toList();
    }

    private int skipFillers(String text, int from) {
        // case-sensitive: a capitalised "The" belongs to the name ("The Straits Times")
        String rest = text.substring(from, Math.min(text.length(), from + 40));
        for (String f : fillers) {
            if (rest.startsWith(f + " ")) {
                return from + f.length() + 1;
            }
        }
        return from;
    }

    /** A date right after the name: "Melansir Antara, Kamis (18/9/2025), ...". */
    private DateValue dateAfter(String text, int end, LocalDate reference) {
        Matcher gap = DATE_AFTER.matcher(text.substring(end));
        int at = end + (gap.find() ? gap.end() : 0);
        String window = text.substring(at, Math.min(text.length(), at + 40));
        List<DateMention> found = dates.find(window, reference);
        if (found.isEmpty() || found.getFirst().span().start() != 0) {
            return null;
        }
        DateValue v = found.getFirst().value();
        return v.day() != null || v.month() != null ? v : null;
    }
}
