package dev.warta.ner;

import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations of a document's organizations: defined in parentheses after or inside the name
 * ("Komisi Pemberantasan Korupsi (KPK)", "Komisi Pemilihan Umum (KPU) Kabupaten Buton Tengah"), or
 * made of the initials of a name's capitalised words ("MK" for "Mahkamah Konstitusi").
 */
final class Abbreviations {
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s()]+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{L}\\p{N} .&-]{0,30}?)\\s*\\)");
    private final Map<String, String> defined = new HashMap<>();
    private final Map<String, String> byInitials = new HashMap<>();
    private final Set<String> organizationWords = new HashSet<>();
    private final Set<String> asWritten = new HashSet<>();

    private final Set<Span> learned = new HashSet<>();

    private Abbreviations() {
    }

    static Abbreviations of(String text, List<Mention> mentions) {
        Abbreviations a = new Abbreviations();
        a.learn(text, mentions);
        return a;
    }

    /** Learns from the organizations among {@code mentions} not learned from yet. */
    void learn(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && learned.add(m.span())) {
                learn(text, m.span());
            }
        }
    }

    private void learn(String text, Span span) {
        String name = span.of(text).strip();
        organizationWords.addAll(List.of(WORD_BREAK.split(name)));
        if (name.indexOf('(') >= 0) {
            Matcher inside = PARENTHESIS.matcher(name);
            if (inside.find()) {
                define(inside.group(1), name);
            }
        }
        int open = text.startsWith(" ", span.end()) ? span.end() + 1 : span.end();
        if (text.startsWith("(", open)) {
            Matcher after = PARENTHESIS.matcher(text).region(open, text.length());
            if (after.lookingAt()) {
                define(after.group(1), name);
            }
        }
        for (String initials : initials(name)) {
            byInitials.putIfAbsent(initials, name);
        }
    }

    /** An abbreviation starts as its name does: "(PBB)" after "Dewan Keamanan ..." is not the council's. */
    private void define(String abbreviation, String name) {
        if (Character.toLowerCase(abbreviation.charAt(0)) == Character.toLowerCase(name.charAt(0))) {
            defined.put(lower(abbreviation), name);
            asWritten.add(abbreviation);
        }
    }

    /**
     * The mentions with every use of a defined abbreviation the tagger left out ("(Unair)", "Rektor Unair"),
     * as organizations, in text order.
     */
    List<Mention> withUses(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (String abbreviation : asWritten) {
            for (int at = text.indexOf(abbreviation); at >= 0; at = text.indexOf(abbreviation, at + 1)) {
                Span use = new Span(at, at + abbreviation.length());
                if (Words.isWordAt(text, use) && mentions.stream().noneMatch(m -> m.span().start() < use.end()
                        && use.start() < m.span().end())) {
                    out.add(new Mention(use, EntityType.ORGANIZATION));
                }
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /**
     * The full name that {@code name} abbreviates, or null; by initials only for a capitalised
     * abbreviation that may name an organization (a place's, "AS", is the gazetteer's business).
     */
    String fullName(String name, boolean byInitialsToo) {
        String full = defined.get(lower(name));
        if (full == null && byInitialsToo && SpanRepair.isAcronym(name)) {
            full = byInitials.get(name);
        }
        return full == null || full.equalsIgnoreCase(name) ? null : full;
    }

    /**
     * The word names an organization of this document: an abbreviation defined for one, or a capitalised
     * abbreviation within an organization's name.
     */
    boolean namesOrganization(String word) {
        return defined.containsKey(lower(word)) || SpanRepair.isAcronym(word) && organizationWords.contains(word);
    }

    /**
     * As {@link #namesOrganization}, or the initials of an organization's name: enough where a title or a
     * name around the word says it is a body ("Ketua MK Suhartoyo"), not for a word alone ("tersangka HS"
     * may be a person's initials).
     */
    boolean namesOrganizationInContext(String word) {
        return namesOrganization(word) || fullName(word, true) != null;
    }

    /** First letters of the capitalised words, and of each part of hyphenated ones ("Bangsa-Bangsa"). */
    static List<String> initials(String name) {
        StringBuilder words = new StringBuilder();
        StringBuilder parts = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            boolean wordStart = i == 0 || Character.isWhitespace(name.charAt(i - 1)) || name.charAt(i - 1) == '(';
            boolean partStart = i > 0 && name.charAt(i - 1) == '-';
            if (depth == 0 && (wordStart || partStart) && Character.isLetter(c)) {
                if (wordStart && Character.isUpperCase(c)) {
                    words.append(c);
                    parts.append(c);
                } else if (partStart && parts.length() > 0) {
                    parts.append(Character.toUpperCase(c));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder b : List.of(words, parts)) {
            if (b.length() >= 2 && !out.contains(b.toString())) {
                out.add(b.toString());
            }
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
