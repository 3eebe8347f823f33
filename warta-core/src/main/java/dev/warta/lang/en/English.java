package dev.warta.lang.en;

import static dev.warta.lang.BoilerplateRule.line;
import static dev.warta.lang.BoilerplateRule.related;

import dev.warta.lang.BoilerplateRule;
import dev.warta.lang.CalendarWords;
import dev.warta.lang.CitationRules;
import dev.warta.lang.CreditRules;
import dev.warta.lang.LanguagePack;
import dev.warta.model.CreditRole;
import dev.warta.model.RemovalKind;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** English: wire-style leads, credits and dates of English-language news. */
public final class English extends LanguagePack {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<BoilerplateRule> BOILERPLATE = List.of(
            related(RemovalKind.RELATED, "^(read\\s+(also|more)|also\\s+read|related(\\s+(news|stories|articles?))?"
                    + "|see\\s+also|more\\s+on\\s+this)\\s*:", 400),
            line(RemovalKind.VIDEO, "^(watch|video)\\s*:", 400),
            line(RemovalKind.AD, "^(advertisement|scroll to continue with content|sponsored)$", 60),
            // the site's own disclosure that it is paid for links, not prose about affiliate programmes
            line(RemovalKind.AD, "\\b(this|the|our)\\s+(post|article|page|guide|review|site|content|story)\\s+"
                    + "(may\\s+)?(contains?|includes?)\\s+(some\\s+)?affiliate|\\b(we|i)\\s+(may|might|could)?\\s*"
                    + "(earn|receive|get|make)\\s+(a\\s+)?(small\\s+)?(affiliate\\s+)?(commissions?|compensation)"
                    + "|\\bmay\\s+earn\\s+(us\\s+)?(a\\s+)?(small\\s+)?(affiliate\\s+)?commission", 400),
            line(RemovalKind.PROMO, "^(follow|join|subscribe|sign\\s+up|download|get)\\b.*\\b(telegram|whatsapp|channel"
                    + "|newsletter|google\\s+news|app|instagram|facebook|twitter|youtube|tiktok)\\b", 160),
            line(RemovalKind.SOCIAL, "^(share\\s+(this|on)\\b|share$|comments?(\\s*\\(?\\d+\\)?)?$)", 100),
            line(RemovalKind.PAGINATION, "^(next\\s+page|previous\\s+page|page\\s*:?\\s*\\d+(\\s+\\d+)*)$", 60),
            line(RemovalKind.FOOTER, "^copyright\\s*(©|\\(c\\)|\\d{4})|^©|all\\s+rights\\s+reserved\\.?$", 160));

    public English() {
        super("en", BOILERPLATE, creditRules(), citationRules(), calendarWords(),
                Set.of("of", "the", "for", "and", "de", "van", "von", "al", "bin"));
    }

    private static CreditRules creditRules() {
        Map<String, CreditRole> labels = new LinkedHashMap<>();
        labels.put("writer", CreditRole.WRITER);
        labels.put("written by", CreditRole.WRITER);
        labels.put("author", CreditRole.WRITER);
        labels.put("editor", CreditRole.EDITOR);
        labels.put("edited by", CreditRole.EDITOR);
        labels.put("editing by", CreditRole.EDITOR);
        labels.put("reporter", CreditRole.REPORTER);
        labels.put("writing by", CreditRole.WRITER);
        labels.put("reporting by", CreditRole.REPORTER);
        labels.put("reported by", CreditRole.REPORTER);
        return new CreditRules(labels, null,
                Map.of("afp", "AFP", "rtr", "Reuters", "ap", "AP", "ant", "Antara"),
                Set.of("staff", "desk", "team"));
    }

    private static CitationRules citationRules() {
        return new CitationRules(
                List.of(Pattern.compile("\\b(?:as\\s+)?(?:reported|quoted|cited)\\s+by\\s+", I)),
                List.of(Pattern.compile("\\baccording\\s+to\\s+(?:a\\s+report\\s+(?:by|in|from)\\s+)?", I)),
                List.of("the news agency", "news agency", "the"),
                Set.of("as", "reported", "quoted", "cited", "according"));
    }

    private static CalendarWords calendarWords() {
        String[][] months = {
                {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        Set<String> weekdays = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        Map<String, ZoneOffset> zones = Map.of("gmt", ZoneOffset.UTC, "utc", ZoneOffset.UTC,
                "wib", ZoneOffset.ofHours(7), "wita", ZoneOffset.ofHours(8), "wit", ZoneOffset.ofHours(9));
        Set<String> firstPublished = Set.of("originally published", "first published", "originally posted",
                "first posted");
        return CalendarWords.of(months, weekdays, zones, Set.of("at"), Set.of("updated", "modified"), firstPublished);
    }
}
