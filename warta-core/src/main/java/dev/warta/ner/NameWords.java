package dev.warta.ner;

import dev.warta.lang.CommonWordsBuilder;
import dev.warta.lang.Language;
import dev.warta.lang.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of every language that shape names: honorifics and ranks around a person's name, calendar
 * words that are never names, buildings that stand for institutions ("Kremlin") and the words that
 * begin an organization's name ("Kementerian"), tie it to its seat ("di") or house it ("Kantor"), and
 * the words that introduce a place ("wilayah"), the words that give a named person a title after the name
 * ("selaku"), those that chain two titles of one person ("sekaligus"), those that end an organization's
 * or a place's name ("Commission", "Sea"), those that open a place's name ("West"), the lower-case particles
 * of persons' names ("bin"), the adjectives of countries ("Indonesian") and the articles before a title in
 * an apposition ("a spokesman"), and the words after which initials stand for a person ("berinisial"), and the
 * prepositions that tie a title after a name to its organization ("economist at DBS Bank"). The last fifteen
 * are word lists kept next to each language's other lists, as are the common words that a
 * language writes in lower case ({@link CommonWordsBuilder}).
 */
final class NameWords {
    final Set<String> honorifics = new HashSet<>();
    final Set<String> calendar = new HashSet<>();
    final Set<String> connectors = new HashSet<>();
    final Set<String> seats = new HashSet<>();
    final Set<String> buildings = new HashSet<>();
    final Phrases metonyms = new Phrases();
    final Phrases organizationHeads = new Phrases();
    final Phrases placeCues = new Phrases();
    final Set<String> roleLinks = new HashSet<>();
    final Set<String> titleChains = new HashSet<>();
    final Set<String> organizationTails = new HashSet<>();
    final Set<String> placeTails = new HashSet<>();
    final Phrases demonyms = new Phrases();
    final Set<String> particles = new HashSet<>();
    final Set<String> placeHeads = new HashSet<>();
    final Set<String> determiners = new HashSet<>();
    final Set<String> initialsCues = new HashSet<>();
    final Set<String> listJoiners = new HashSet<>(Set.of(","));
    final Set<String> commonWords = new HashSet<>();
    /** Words between a title and its organization ("an economist at DBS Bank"): the speech words' affiliations. */
    final Set<String> affiliationLinks = new HashSet<>();

    NameWords(List<Language> languages) {
        for (Language l : languages) {
            honorifics.addAll(l.honorifics());
            calendar.addAll(l.calendar().weekdays());
            // short month forms ("Mei", "Jan") are also names; the full ones are not
            l.calendar().months().keySet().stream().filter(m -> m.length() >= 5).forEach(calendar::add);
            connectors.addAll(l.nameConnectors());
            list(l, "institution-metonyms.txt").forEach(metonyms::add);
            list(l, "organization-heads.txt").forEach(organizationHeads::add);
            seats.addAll(list(l, "organization-seats.txt"));
            buildings.addAll(list(l, "buildings.txt"));
            list(l, "place-cues.txt").forEach(placeCues::add);
            list(l, "role-links.txt").forEach(w -> roleLinks.add(w.toLowerCase(Locale.ROOT)));
            list(l, "title-chains.txt").forEach(w -> titleChains.add(w.toLowerCase(Locale.ROOT)));
            organizationTails.addAll(list(l, "organization-tails.txt"));
            placeTails.addAll(list(l, "place-tails.txt"));
            particles.addAll(list(l, "name-particles.txt"));
            placeHeads.addAll(list(l, "place-heads.txt"));
            determiners.addAll(list(l, "determiners.txt"));
            initialsCues.addAll(list(l, "initials-cues.txt"));
            affiliationLinks.addAll(l.speech().affiliations());
            listJoiners.addAll(l.clauses().conjunctions());
            list(l, "demonyms.txt").forEach(line -> demonyms.add(line.split("\\s*\\|")[0].strip()));
            commonWords.addAll(l.commonWords());
        }
    }

    /** A word list of the language's package; a language without it has no such words. */
    private static List<String> list(Language language, String resource) {
        return language.getClass().getResource(resource) == null ? List.of()
                : WordList.read(language.getClass(), resource);
    }

    /** The token is an honorific or rank, with or without the period the tokenizer may have left apart. */
    boolean isHonorific(String word) {
        return honorifics.contains(word) || honorifics.contains(word + ".");
    }

    /** The word, in any case, is one the language writes in lower case: "Mining", "Law". */
    boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isCalendarWord(String word) {
        return calendar.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Phrases of one or more words, matched on tokens as written. */
    static final class Phrases {
        private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

        void add(String phrase) {
            List<String> words = List.of(phrase.split("\\s+"));
            byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(words);
        }

        boolean contains(List<String> tokens, int i) {
            return longestAt(tokens, i) >= 0;
        }

        /** The index of the last token of the longest phrase starting at token {@code i}, or -1. */
        int longestAt(List<String> tokens, int i) {
            int best = -1;
            for (List<String> phrase : byFirstWord.getOrDefault(tokens.get(i), List.of())) {
                int last = i + phrase.size() - 1;
                if (last < tokens.size() && last > best && tokens.subList(i, last + 1).equals(phrase)) {
                    best = last;
                }
            }
            return best;
        }
    }
}
