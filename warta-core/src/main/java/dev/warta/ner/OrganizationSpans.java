package dev.warta.ner;

import dev.warta.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Organization names the tagger cuts short. A name that begins with an organization word runs on over the capitalised
 * words, places and abbreviations that follow ("Pemerintah Kabupaten Pasaman Barat", "Komisi Pemilihan
 * Umum (KPU) Kabupaten Buton Tengah", "Kedutaan Besar China di Jakarta"). An organization followed by a
 * place is the branch of that place ("KPU Buton Tengah", "BPBD Kota Bekasi").
 */
final class OrganizationSpans {
    private static final int MAX_TOKENS = 16;
    private final NameWords names;

    OrganizationSpans(NameWords names) {
        this.names = names;
    }

    List<TokenMention> apply(List<String> words, List<TokenMention> spans) {
        List<TokenMention> out = spans;
        for (int i = 0; i < words.size(); i++) {
            int head = names.organizationHeads.longestAt(words, i);
            if (head >= 0 && !insideName(out, i) && !buildingOf(words, out, i, head + 1)) {
                int last = extent(words, out, head);
                if (last > head) {
                    out = replace(out, new TokenMention(i, last, EntityType.ORGANIZATION));
                    i = last;
                }
            }
        }
        return branches(out);
    }

    /** Whether token i lies in a span that begins before it: "Menteri Pelindungan" is not a new name. */
    private static boolean insideName(List<TokenMention> spans, int i) {
        return spans.stream().anyMatch(s -> s.first() < i && s.covers(i) && s.type() != EntityType.LOCATION);
    }

    /** The last token of the name that runs on from the organization word ending at {@code head}. */
    private int extent(List<String> words, List<TokenMention> spans, int head) {
        int last = head;
        while (last + 1 < words.size() && last - head < MAX_TOKENS) {
            int next = last + 1;
            TokenMention span = startingAt(spans, next);
            String w = words.get(next);
            if (span != null && span.type() == EntityType.PERSON || names.isHonorific(w)) {
                break;
            } else if (span != null) {
                last = span.last();
            } else if (Words.startsUpper(w)) {
                last = next;
            } else if (last > head && names.connectors.contains(w) && next + 1 < words.size()
                    && Words.startsUpper(words.get(next + 1)) && startingAt(spans, next + 1) == null) {
                last = next + 1;
            } else if (w.equals(",") && listEnd(words, spans, next) > 0) {
                last = listEnd(words, spans, next);
            } else if (names.seats.contains(w) && holdsPlace(spans, head, last) && startingAt(spans, next + 1) != null
                    && startingAt(spans, next + 1).type() == EntityType.LOCATION) {
                last = startingAt(spans, next + 1).last();
            } else if (w.equals("(") && closesBeforeMore(words, spans, next)) {
                last = closing(words, next);
            } else {
                break;
            }
        }
        return last;
    }

    /**
     * The last token of a list inside a name, from its first comma: ", Klimatologi, dan Geofisika" in
     * "Badan Meteorologi, Klimatologi, dan Geofisika"; -1 when no connector closes the list.
     */
    private int listEnd(List<String> words, List<TokenMention> spans, int comma) {
        int n = words.size();
        int i = comma;
        while (true) {
            i += words.get(i).equals(",") ? 1 : 0;
            boolean closing = i < n && names.connectors.contains(words.get(i));
            i += closing ? 1 : 0;
            if (i >= n || !listWord(words, spans, i)) {
                return -1;
            }
            while (i + 1 < n && listWord(words, spans, i + 1)) {
                i++;
            }
            if (closing) {
                return i;
            }
            i++;
            if (i >= n || !words.get(i).equals(",") && !names.connectors.contains(words.get(i))) {
                return -1;
            }
        }
    }

    /** A capitalised word of no person's or place's name: "Pemerintah Indonesia, Malaysia, dan ..." is no name. */
    private static boolean listWord(List<String> words, List<TokenMention> spans, int i) {
        return Words.startsUpper(words.get(i)) && spans.stream().noneMatch(s -> s.covers(i)
                && s.type() != EntityType.ORGANIZATION);
    }

    /** "Kantor KPU Jatim": a building word before an organization is not the organization. */
    private boolean buildingOf(List<String> words, List<TokenMention> spans, int head, int next) {
        TokenMention s = startingAt(spans, next);
        return names.buildings.contains(words.get(head)) && s != null && s.type() == EntityType.ORGANIZATION;
    }

    /** The name so far holds a place: "Kedutaan Besar China" may sit "di Jakarta", "Kantor KPU" may not. */
    private static boolean holdsPlace(List<TokenMention> spans, int from, int to) {
        return spans.stream().anyMatch(s -> s.type() == EntityType.LOCATION && from <= s.first() && s.last() <= to);
    }

    /** "(KPU) Kabupaten" belongs inside the name; a final "(KPU)" is an abbreviation of it, left out. */
    private boolean closesBeforeMore(List<String> words, List<TokenMention> spans, int open) {
        int close = closing(words, open);
        return close > open && close - open <= 5 && close + 1 < words.size() && Words.startsUpper(words.get(close + 1))
                && !isPerson(spans, close + 1) && !names.isHonorific(words.get(close + 1));
    }

    private static int closing(List<String> words, int open) {
        for (int i = open + 1; i < words.size() && i <= open + 5; i++) {
            if (words.get(i).equals(")")) {
                return i;
            }
        }
        return -1;
    }

    /** Adjacent "ORG PLACE" becomes one organization, the place staying a place as well. */
    private static List<TokenMention> branches(List<TokenMention> spans) {
        List<TokenMention> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(TokenMention::first));
        List<TokenMention> out = new ArrayList<>();
        for (TokenMention s : sorted) {
            TokenMention prev = out.isEmpty() ? null : out.getLast();
            if (prev != null && prev.type() == EntityType.ORGANIZATION && s.type() == EntityType.LOCATION
                    && prev.last() + 1 == s.first()) {
                out.set(out.size() - 1, new TokenMention(prev.first(), s.last(), EntityType.ORGANIZATION));
                out.add(s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Puts {@code name} in place of the spans it overlaps; the places inside an organization's name stay
     * places ("Yogyakarta" in "Universitas Gadjah Mada Yogyakarta").
     */
    private static List<TokenMention> replace(List<TokenMention> spans, TokenMention name) {
        List<TokenMention> out = new ArrayList<>();
        for (TokenMention s : spans) {
            if (!s.overlaps(name.first(), name.last()) || s.type() == EntityType.LOCATION
                    && name.first() <= s.first() && s.last() <= name.last()) {
                out.add(s);
            }
        }
        out.add(name);
        return out;
    }

    private static TokenMention startingAt(List<TokenMention> spans, int i) {
        return spans.stream().filter(s -> s.first() == i).findFirst().orElse(null);
    }

    private static boolean isPerson(List<TokenMention> spans, int i) {
        return spans.stream().anyMatch(s -> s.type() == EntityType.PERSON && s.covers(i));
    }

}
