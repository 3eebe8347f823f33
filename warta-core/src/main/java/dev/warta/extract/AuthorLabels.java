package dev.warta.extract;

import dev.warta.lang.CreditRules;
import dev.warta.lang.Language;
import dev.warta.model.CreditRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The labels of credit lines: those that introduce the writer ("By", "Oleh", "Penulis", "Reporter")
 * and those of other credits ("Editor", "Foto"), in every language's press, and the values they give.
 */
final class AuthorLabels {
    /** Labels that introduce the author in any language's press; the languages add their own credit labels. */
    private static final List<String> BY_LABELS = List.of("by", "oleh", "ditulis oleh", "written by", "posted by",
            "words by", "story by", "text by", "article by", "author", "authors", "author(s)", "penulis", "kontributor",
            "contributor", "contributors");
    /** Labels of other credits, whose names are not the author's. */
    private static final List<String> OTHER_LABELS = List.of("editor", "edited by", "reviewed by",
            "medically reviewed by", "fact checked by", "fact-checked by", "foto", "photo", "photos", "photo by",
            "video", "sumber", "source", "illustration by", "ilustrasi");

    private final Set<String> writerLabels = new HashSet<>(BY_LABELS);
    private final Set<String> otherLabels = new HashSet<>(OTHER_LABELS);
    private final List<Pattern> reporterLines = new ArrayList<>();
    /** The first word of every label: most texts of a page start with none, and are answered by one lookup. */
    private final Set<String> firstWords = new HashSet<>();
    private final Pattern labelled;
    private final Pattern labelOnly;

    AuthorLabels(List<Language> languages) {
        for (Language l : languages) {
            CreditRules c = l.credits();
            c.labels().forEach((label, role) -> (role == CreditRole.EDITOR ? otherLabels : writerLabels)
                    .add(label.toLowerCase(Locale.ROOT)));
            if (c.reporterLine() != null) {
                reporterLines.add(c.reporterLine());
            }
        }
        otherLabels.removeAll(writerLabels);
        writerLabels.forEach(l -> firstWords.add(firstWord(l)));
        otherLabels.forEach(l -> firstWords.add(firstWord(l)));
        Set<String> all = new HashSet<>(writerLabels);
        all.addAll(otherLabels);
        String alt = all.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        String labels = "(?<labels>(?:" + alt + ")(?:\\s*(?:&|/|,|dan|and)\\s*(?:" + alt + "))*)";
        // "Penulis: X", "Redaktur & Reporter : X", "By X", "Oleh: X"
        labelled = Pattern.compile("^\\s*" + labels + "(?:\\s*[:：]\\s*|\\s+[-–—]\\s+|\\s+)(?<rest>\\S.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        // "Written by" alone, its name in the next element
        labelOnly = Pattern.compile("^\\s*" + labels + "\\s*[:：\\-–—]?\\s*$", Pattern.CASE_INSENSITIVE);
    }

    /** A label and a value: "Penulis: X", "By X". */
    Matcher labelled(String s) {
        return labelled.matcher(s);
    }

    /** A label alone ("Written by"), its value in the text that follows. */
    Matcher labelOnly(String s) {
        return labelOnly.matcher(s);
    }

    /** Whether the labels of a match ("Redaktur &amp; Reporter") include one of the writer's. */
    boolean isWriterLabel(String labels) {
        boolean writer = false;
        for (String l : labels.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .split("\\s*(?:&|/|,|\\bdan\\b|\\band\\b)\\s*")) {
            writer |= writerLabels.contains(l.strip());
        }
        return writer;
    }

    /** Whether a text starts with a label of any credit, or is a language's reporter line. */
    boolean startsWithLabel(String s) {
        for (Pattern p : reporterLines) {
            if (p.matcher(s).lookingAt()) {
                return true;
            }
        }
        return startsWithOneOf(s, writerLabels) || startsWithOneOf(s, otherLabels);
    }

    boolean startsWithWriterLabel(String s) {
        return startsWithOneOf(s, writerLabels);
    }

    private boolean startsWithOneOf(String s, Set<String> labels) {
        if (!firstWords.contains(firstWord(s))) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String l : labels) {
            if (lower.startsWith(l) && (lower.length() == l.length() || !Character.isLetter(lower.charAt(l.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The letters {@code s} starts with, lower case: "author" for "Author(s):". */
    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * The names a labelled line gives the writer or reporter: "Penulis: X | Editor: Y" gives X,
     * "Redaktur &amp; Reporter : X" gives X, "Editor: Y" gives nothing. Null when none.
     */
    String labelledValue(String line) {
        for (Pattern p : reporterLines) {
            Matcher m = p.matcher(line.strip());
            if (m.find()) {
                return m.group("name");
            }
        }
        List<String> names = new ArrayList<>();
        for (String part : line.split("\\s+[|•·]\\s+|\\s*\\|\\s*")) {
            Matcher m = labelled.matcher(part);
            if (m.matches() && isWriterLabel(m.group("labels"))) {
                names.add(untilNextLabel(m.group("rest")));
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A second label in the same part ends the name: "Penulis: X Editor: Y" gives "X ". */
    private String untilNextLabel(String rest) {
        Matcher next = labelled.matcher("");
        for (int i = 1; i < rest.length(); i++) {
            if (Character.isWhitespace(rest.charAt(i - 1)) && Character.isLetter(rest.charAt(i))) {
                String tail = rest.substring(i);
                if (tail.matches("(?s)^[^:]{1,30}:.*") && next.reset(tail).matches()) {
                    return rest.substring(0, i);
                }
            }
        }
        return rest;
    }
}
