package dev.warta.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The authors found so far, source by source: a source that names a person ends the search; a team
 * ("EcoCult Staff", "Redaksi") or the site's own name given as the author is kept as the answer of
 * last resort; the publisher's organization and the site's name in a visible byline ("Tim Okezone",
 * "kumparanNEWS") are never authors.
 */
final class AuthorChoice {
    private static final int MAX_AUTHORS = 10;
    /** Words of a company's or outlet's name, in any case. */
    static final Pattern BRAND_WORD = Pattern.compile("(?i)news|post|times|media|online|daily|magazine|blog|"
            + "tv|radio|group|indonesia|journal|today|network|digital|studio|studios|labs|inc\\.?|ltd\\.?|llc|corp\\.?|"
            + "company|marketing|solutions|services|software|agency|construction|hotels?|realty|berita|kabar|warta|"
            + "harian|koran|pos|tribun|portal|official|global|international|institute|university|foundation|"
            + "association|center|centre|clinic|hospital|bank|store|shop|team|staff|editorial|redaksi");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\.(?:com|co|id|net|org|io|news|tv|info)(?:\\.[a-z]{2})?$");
    /** The longest desk name glued to the site's name ("kumparanNEWS"), in characters. */
    private static final int DESK = 10;

    private final AuthorNames names;
    private final Set<String> teamWords;
    private final Set<String> siteNames;
    private final Set<String> declared;
    private final Set<String> brands;
    private final Set<String> persons;
    private List<String> strong = List.of();
    private List<String> weak = List.of();

    /**
     * @param teamWords words of a team rather than a person ("staff", "redaksi")
     * @param siteNames every name of the site, its host names included
     * @param declared the names the site states for itself (og:site_name, publisher, WebSite)
     * @param brands keys of the publisher's and the website's names in JSON-LD
     * @param persons keys of the persons JSON-LD names
     */
    AuthorChoice(AuthorNames names, Set<String> teamWords, Set<String> siteNames, Set<String> declared,
                 Set<String> brands, Set<String> persons) {
        this.names = names;
        this.teamWords = teamWords;
        this.siteNames = siteNames;
        this.declared = declared;
        this.brands = brands;
        this.persons = persons;
    }

    /** Takes the names of one source, unless a person was found already. */
    void offer(Byline byline) {
        if (!strong.isEmpty()) {
            return;
        }
        Byline.Source source = byline.source();
        List<String> s = new ArrayList<>();
        List<String> w = new ArrayList<>();
        for (String r : byline.names()) {
            List<String> cleaned = names.clean(r, !source.isJsonLd(), !source.isVisible(),
                    source == Byline.Source.PERSON);
            for (String n : cleaned) {
                // one word after a writer's label is a name when it is all the label gives ("Written by Eliz"),
                // not one of a sentence's words nor a common word ("Author Spotlight")
                if (n.contains(" ") || source != Byline.Source.CREDIT
                        || cleaned.size() == 1 && names.isOneWordName(n)) {
                    sort(n, source, s, w);
                }
            }
        }
        if (!s.isEmpty()) {
            strong = dedup(s);
        } else if (weak.isEmpty() && !w.isEmpty()) {
            weak = dedup(w);
        }
    }

    /** Puts a name with the persons ({@code s}) or the teams and sites ({@code w}), or leaves it out. */
    private void sort(String n, Byline.Source source, List<String> s, List<String> w) {
        String k = MetaText.key(n);
        boolean person = persons.contains(k);
        if (!person && (brands.contains(k) || DOMAIN.matcher(n).find() || onlyTeamWords(n))
                || source == Byline.Source.TEXT && !n.contains(" ")) {
            return;
        }
        boolean site = !person && (MetaTitles.isSiteName(n, siteNames) || ofSite(n, siteNames));
        boolean named = site && MetaTitles.isSiteName(n, declared);
        if (site && source.isVisible() && (named || ofSite(n, declared)) || named && !personLike(n)) {
            // the site's name, or its desk or team in a visible byline ("Tim Okezone"), is a brand;
            // metadata may name a person whose site bears their name
            return;
        }
        (site || isTeam(n) || source == Byline.Source.ORGANIZATION ? w : s).add(n);
    }

    boolean done() {
        return !strong.isEmpty();
    }

    List<String> result() {
        return strong.isEmpty() ? weak : strong;
    }

    /**
     * A desk or team of the site: one word made of the site's name and a desk ("kumparanNEWS"),
     * or the site's name with team words ("Tim Okezone", "Detik Staff").
     */
    private boolean ofSite(String name, Set<String> siteNames) {
        String[] words = name.strip().split("\\s+");
        StringBuilder rest = new StringBuilder();
        boolean team = false;
        for (String w : words) {
            if (teamWords.contains(w.toLowerCase(Locale.ROOT)) || w.equalsIgnoreCase("the")) {
                team = true;
            } else {
                rest.append(w).append(' ');
            }
        }
        if (team && MetaTitles.isSiteName(rest.toString(), siteNames)) {
            return true;
        }
        if (words.length != 1) {
            return false;
        }
        String key = MetaText.key(name);
        for (String n : siteNames) {
            String nk = MetaText.key(n);
            if (nk.length() >= 5 && key.length() > nk.length() && key.length() - nk.length() <= DESK
                    && (key.startsWith(nk) || key.endsWith(nk))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two to four capitalised words and no word of a brand: "Kristian Larsen", not "Media Indonesia";
     * a name typed all in lower case ("annette thurmon") says nothing by its case, only by its words.
     */
    private static boolean personLike(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        boolean lowerCase = name.equals(name.toLowerCase(Locale.ROOT));
        for (String w : words) {
            if (!lowerCase && !Character.isUpperCase(w.codePointAt(0)) || BRAND_WORD.matcher(w).matches()
                    || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A name of team words alone: "admin", "Redaksi", "Staff", "The Team". */
    private boolean onlyTeamWords(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
            if (!teamWords.contains(w) && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** A team rather than a person: "EcoCult Staff", "Redaksi", "admin", "The Investopedia Team". */
    private boolean isTeam(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
            if (teamWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> dedup(List<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String n : names) {
            if (keys.add(MetaText.key(n)) && out.size() < MAX_AUTHORS) {
                out.add(n);
            }
        }
        return out;
    }
}
