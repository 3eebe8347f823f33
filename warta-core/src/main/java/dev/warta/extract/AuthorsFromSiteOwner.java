package dev.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The owner of a personal site, whose name the site goes by: its stated name ("Owain Brennan"), the
 * last part of its titles ("Go ahead, self-host Postgres | Pierce Freeman") or its copyright line
 * ("© 2025 Toby Hede."). Only a name shaped like a person's counts: two or three capitalised words,
 * none of them a common word or a word of a brand ("Green Rows", "Cynomi Ltd"), and no outlet's name in
 * it ("Thomson Reuters").
 */
final class AuthorsFromSiteOwner {
    private static final Pattern TITLE_TAIL = Pattern.compile("\\s[|–—·•-]\\s+([^|–—·•]+)$");
    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";
    private static final Pattern COPYRIGHT = Pattern.compile("(?i:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d\\d"
            + "(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?\\s*)?(?i:by\\s+)?" + NAME + "\\s*(?:[.,]|$|(?i:all rights))");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final int MAX_TEXT_NODES = 30000;

    private AuthorsFromSiteOwner() {
    }

    /**
     * @param declared the names the site states for itself
     * @param isCommon whether a word (lower case) is a common word of the languages
     * @param outlets the outlets and agencies the languages know, lower case
     */
    static Byline read(Document page, Set<String> declared, Predicate<String> isCommon, Set<String> outlets) {
        List<String> candidates = new ArrayList<>(declared);
        Matcher t = TITLE_TAIL.matcher(page.title());
        if (t.find()) {
            candidates.add(t.group(1).strip());
        }
        candidates.add(copyrightHolder(page.body()));
        for (String c : candidates) {
            if (c != null && personShaped(c, isCommon) && !namesOutlet(c, outlets)) {
                return new Byline(List.of(c), Byline.Source.METADATA);
            }
        }
        return new Byline(List.of(), Byline.Source.METADATA);
    }

    /**
     * Two or three capitalised words, none common or a brand's, and perhaps a middle initial
     * ("Fernando C. Pereira").
     */
    static boolean personShaped(String name, Predicate<String> isCommon) {
        String[] words = name.strip().split("\\s+");
        int initials = 0;
        for (int i = 1; i < words.length - 1; i++) {
            initials += INITIAL.matcher(words[i]).matches() ? 1 : 0;
        }
        if (words.length - initials < 2 || words.length - initials > 3 || initials > 1) {
            return false;
        }
        for (String w : words) {
            if (!INITIAL.matcher(w).matches() && (!WORD.matcher(w).matches() || isCommon.test(w.toLowerCase(Locale.ROOT))
                    || AuthorChoice.BRAND_WORD.matcher(w).matches())) {
                return false;
            }
        }
        return !INITIAL.matcher(words[0]).matches() && !INITIAL.matcher(words[words.length - 1]).matches();
    }

    private static boolean namesOutlet(String name, Set<String> outlets) {
        String words = " " + name.toLowerCase(Locale.ROOT) + " ";
        for (String o : outlets) {
            if (words.contains(" " + o + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The holder a copyright line names: "© 2025 Toby Hede. All rights reserved." gives "Toby Hede". */
    private static String copyrightHolder(Element body) {
        return body.nodeStream(TextNode.class).limit(MAX_TEXT_NODES).map(TextNode::text)
                .filter(s -> s.length() < 200 && (s.contains("©") || s.contains("(c)") || s.contains("opyright")))
                .map(COPYRIGHT::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
    }
}
