package dev.warta.anatomy;

import dev.warta.gazetteer.PlaceNames;
import dev.warta.lang.BoilerplateRule;
import dev.warta.lang.Language;
import dev.warta.model.Article;
import dev.warta.model.CitedSource;
import dev.warta.model.Credit;
import dev.warta.model.DateMention;
import dev.warta.model.DateValue;
import dev.warta.model.Evidence;
import dev.warta.model.PageMetadata;
import dev.warta.model.Removal;
import dev.warta.model.RemovalKind;
import dev.warta.model.Span;
import dev.warta.time.DateFinder;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The anatomy of a news text, line by line: page furniture and credit lines are taken out and
 * recorded, the lead prefix of the first body line gives outlet and dateline, and the remaining
 * lines are the body paragraphs. Rules of every registered language apply: Indonesian portals
 * print English boilerplate ("ADVERTISEMENT") and the reverse.
 */
public final class NewsAnatomyParser implements AnatomyParser {
    private static final Pattern SEPARATOR = Pattern.compile("^(?:[*\\-_=~•·#]\\s*){3,}$");
    // a headline may end in "?" or "!", never like a sentence or an introduction
    private static final Pattern NOT_HEADLINE_END = Pattern.compile("(?:[.:;,]|[.!?,][\"”’])$");
    // a desk code closing the last paragraph: "... kata dia. (mcr8/jpnn)"
    private static final Pattern TRAILING_CODES = Pattern.compile("(?<=[.!?\"”])\\s*(?<codes>[(\\[][^()\\[\\]]{2,20}[)\\]])$");
    private static final int MAX_HEADLINES = 3;
    private static final int SHORT_HEADLINE = 90;
    private static final int LEAD_SEARCH = 3;
    private static final int LABEL_LENGTH = 40;
    /** Fewer words above a story are a label (a section name, a kicker), not its headline. */
    private static final int MIN_TITLE_WORDS = 4;

    private final List<BoilerplateRule> rules = new ArrayList<>();
    private final CreditParser credits;
    private final LeadParser leads;
    private final CitationFinder citations;
    private final Outlets outlets;
    private final DateFinder dates;

    public NewsAnatomyParser(List<Language> languages, PlaceNames places, DateFinder dates) {
        languages.forEach(l -> rules.addAll(l.boilerplate()));
        this.outlets = new Outlets(languages);
        this.credits = new CreditParser(languages);
        this.leads = new LeadParser(outlets, places, monthWords(languages));
        this.citations = new CitationFinder(languages, outlets, dates);
        this.dates = dates;
    }

    private static Set<String> monthWords(List<Language> languages) {
        Set<String> out = new HashSet<>();
        languages.forEach(l -> l.calendar().months().keySet().forEach(m -> out.add(m.toLowerCase(Locale.ROOT))));
        return out;
    }

    @Override
    public Article parse(String input, ArticleHints hints) {
        State s = new State();
        List<Line> lines = Line.split(input);
        List<Line> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BoilerplateRule rule = boilerplate(line.text());
            if (rule != null) {
                s.remove(rule.kind(), line);
                if (rule.headlinesFollow() && isBareMarker(rule, line.text())) {
                    i = takeHeadlines(lines, i, s);
                }
            } else if (!credit(line, s) && !timestamp(line, s, hints)) {
                if (SEPARATOR.matcher(line.text()).matches()) {
                    s.remove(RemovalKind.SEPARATOR, line);
                } else {
                    body.add(line);
                }
            }
        }
        if (!body.isEmpty()) {
            trailingDeskCodes(body, s);
        }
        String title = hints.title() != null ? hints.title() : takeHeadline(input, body);
        LeadParser.Lead lead = findLead(body, s);
        Evidence leadEvidence = null;
        if (lead != null) {
            Line first = body.getFirst();
            leadEvidence = Evidence.inInput(first.start(), first.start() + lead.length());
            body.set(0, first.from(lead.length()));
        }
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        for (Line line : body) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            paragraphs.add(new Span(text.length(), text.length() + line.text().length()));
            text.append(line.text());
        }
        DateValue published = hints.published() != null ? hints.published() : s.published;
        LocalDate reference = published == null ? null : published.date();
        List<CitedSource> cited = new ArrayList<>(citations.find(text.toString(), reference));
        for (CitedSource agency : s.agencies) {
            if (cited.stream().noneMatch(c -> c.name().equalsIgnoreCase(agency.name()))) {
                cited.add(agency);
            }
        }
        String outlet = lead != null && lead.outlet() != null ? lead.outlet() : outletFallback(hints, s);
        return new Article(title, hints.language(), published, outlet, lead == null ? null : lead.place(),
                leadEvidence, text.toString(), paragraphs, s.credits, cited, s.removed, PageMetadata.NONE);
    }

    private BoilerplateRule boilerplate(String line) {
        for (BoilerplateRule r : rules) {
            if (r.matches(line)) {
                return r;
            }
        }
        return null;
    }

    /** "Baca Juga:" alone on its line: the headline is on the lines after it. */
    private static boolean isBareMarker(BoilerplateRule rule, String line) {
        var m = rule.pattern().matcher(line);
        return m.find() && line.substring(m.end()).replaceAll("[\\s:>»\\-–]", "").isEmpty();
    }

    /** The first headline after the marker always; more only as a list of short headline lines. */
    private int takeHeadlines(List<Line> lines, int i, State s) {
        int taken = 0;
        while (i + 1 < lines.size() && taken < MAX_HEADLINES) {
            String next = lines.get(i + 1).text();
            if (!isHeadline(next) || (taken > 0 && next.length() > SHORT_HEADLINE)) {
                break;
            }
            s.remove(RemovalKind.RELATED, lines.get(++i));
            taken++;
        }
        return i;
    }

    private static boolean isHeadline(String line) {
        return line.length() <= 200 && !NOT_HEADLINE_END.matcher(line).find()
                && Character.isUpperCase(line.codePointAt(0)) && line.split("\\s+").length <= 25;
    }

    /**
     * The title of a plain text: its first line when it reads as a headline of a few words and stands apart
     * from the story, with a blank line after it or the lead's dateline right below; taken out of the body.
     */
    private String takeHeadline(String input, List<Line> body) {
        if (body.size() < 2) {
            return null;
        }
        Line first = body.getFirst();
        Line next = body.get(1);
        if (!isHeadline(first.text()) || first.text().split("\\s+").length < MIN_TITLE_WORDS
                || leads.parse(first.text()) != null) {
            return null;
        }
        boolean apart = input.substring(first.end(), next.start()).chars().filter(c -> c == '\n').count() >= 2;
        if (!apart && leads.parse(next.text()) == null) {
            return null;
        }
        body.removeFirst();
        return first.text();
    }

    private boolean credit(Line line, State s) {
        CreditParser.Result r = credits.parse(line.text());
        if (r == null) {
            return false;
        }
        s.remove(RemovalKind.CREDIT, line);
        for (CreditParser.Found f : r.credits()) {
            s.credits.add(new Credit(f.name(), f.role(), Evidence.inInput(line.start() + f.start(),
                    line.start() + f.end())));
        }
        for (String agency : r.agencies()) {
            s.agencies.add(new CitedSource(agency, null, Evidence.inInput(line.start(), line.end())));
        }
        if (r.outlet() != null && s.outletHint == null) {
            s.outletHint = r.outlet();
        }
        return true;
    }

    /**
     * The lead prefix on the first body line, or on one of the next few when only short labels
     * (a section name above the story) stand before it; those labels are removed.
     */
    private LeadParser.Lead findLead(List<Line> body, State s) {
        for (int i = 0; i < Math.min(LEAD_SEARCH, body.size()); i++) {
            LeadParser.Lead lead = leads.parse(body.get(i).text());
            if (lead != null) {
                for (int k = 0; k < i; k++) {
                    s.remove(RemovalKind.LABEL, body.removeFirst());
                }
                return lead;
            }
            if (!isLabel(body.get(i).text())) {
                return null;
            }
        }
        return null;
    }

    private static boolean isLabel(String line) {
        return line.length() <= LABEL_LENGTH && !NOT_HEADLINE_END.matcher(line).find();
    }

    /** Cuts a desk code off the end of the last paragraph and credits it. */
    private void trailingDeskCodes(List<Line> body, State s) {
        Line last = body.getLast();
        var m = TRAILING_CODES.matcher(last.text());
        if (!m.find()) {
            return;
        }
        Line codes = new Line(last.start() + m.start("codes"), last.end(), m.group("codes"));
        if (credit(codes, s)) {
            String kept = last.text().substring(0, m.start()).stripTrailing();
            body.set(body.size() - 1, new Line(last.start(), last.start() + kept.length(), kept));
        }
    }

    /** A line that is nothing but a date ("Senin, 24 Februari 2025 - 16:45 WIB") dates the page. */
    private boolean timestamp(Line line, State s, ArticleHints hints) {
        if (line.text().length() > 80) {
            return false;
        }
        DateMention d = dates.whole(line.text(), null);
        if (d == null || !d.value().hasFullDate()) {
            return false;
        }
        s.remove(RemovalKind.TIMESTAMP, line);
        if (s.published == null) {
            s.published = d.value();
        }
        return true;
    }

    private String outletFallback(ArticleHints hints, State s) {
        if (s.outletHint != null) {
            return s.outletHint;
        }
        if (hints.url() != null) {
            try {
                String host = URI.create(hints.url().strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile|amp)\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall through to the page furniture
            }
        }
        for (Removal r : s.removed) {
            // related and video lines are other articles' headlines: a brand word there says nothing
            boolean headline = r.kind() == RemovalKind.RELATED || r.kind() == RemovalKind.VIDEO;
            String found = headline ? null : outlets.findIn(r.text());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** What the line loop collects. */
    private static final class State {
        final List<Removal> removed = new ArrayList<>();
        final List<Credit> credits = new ArrayList<>();
        final List<CitedSource> agencies = new ArrayList<>();
        DateValue published;
        String outletHint;

        void remove(RemovalKind kind, Line line) {
            removed.add(new Removal(kind, line.text(), Evidence.inInput(line.start(), line.end())));
        }
    }
}
