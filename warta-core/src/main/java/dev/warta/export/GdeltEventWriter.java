package dev.warta.export;

import dev.warta.gazetteer.CityPoints;
import dev.warta.gazetteer.PlaceCountries;
import dev.warta.model.DateValue;
import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Event;
import dev.warta.model.EventActor;
import dev.warta.model.EventLocation;
import dev.warta.model.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a document's events as rows of the GDELT 2.0 event table: its 61 columns in order, tab-separated,
 * no header, one row per event in the document's order, so that scripts written for GDELT's export files
 * read them. docs/OUTPUT.md says how each column is filled; columns warta cannot know stay empty.
 */
public final class GdeltEventWriter {
    public static final int COLUMNS = 61;
    /** The lead GDELT's IsRootEvent marks: the first paragraph, and at most this many of its sentences. */
    static final int LEAD_SENTENCES = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    // compiled once: every field of every row goes through them
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final Instant added;
    private final FipsCountries fips;
    private final GeoColumns geo;

    /** {@code added} is the DATEADDED of every row, normally the start of the run. */
    public GdeltEventWriter(Instant added) {
        this.added = added;
        this.fips = FipsCountries.shipped();
        this.geo = new GeoColumns(PlaceCountries.shipped(), fips, CityPoints.shipped());
    }

    /** The rows of a document's events, in order, without line ends. */
    public List<String> rows(Document d) {
        Map<String, Entity> entities = d.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        String text = d.article().text();
        int leadEnd = leadEnd(d);
        List<String> rows = new ArrayList<>(d.events().size());
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.events().get(i);
            List<String> c = new ArrayList<>(COLUMNS);
            c.add(Long.toString(eventId(d.id(), i)));
            LocalDate day = day(e, d);
            c.add(day.format(DAY));
            c.add(day.format(DAY).substring(0, 6));
            c.add(Integer.toString(day.getYear()));
            c.add(fractionDate(day));
            actor(c, e.source(), text, entities);
            actor(c, e.target(), text, entities);
            c.add(e.trigger().start() < leadEnd ? "1" : "0");
            c.add(e.cameoCode());
            c.add(e.cameoBase());
            c.add(e.cameoRoot());
            c.add(Integer.toString(e.quadClass()));
            c.add(number(e.goldstein()));
            // one article is one mention, one source and one article; warta measures no tone
            c.addAll(List.of("1", "1", "1", "0"));
            c.addAll(actorGeo(e.source(), text, entities));
            c.addAll(actorGeo(e.target(), text, entities));
            c.addAll(actionGeo(e.location(), text, entities));
            c.add(ADDED.format(added.atZone(ZoneOffset.UTC)));
            c.add(sourceUrl(d));
            rows.add(c.stream().map(GdeltEventWriter::clean).collect(Collectors.joining("\t")));
        }
        return rows;
    }

    /** Writes the rows, each ended by a line feed. */
    public void write(Document d, Appendable out) throws IOException {
        for (String row : rows(d)) {
            out.append(row).append('\n');
        }
    }

    /**
     * A positive 63-bit id from the document id and the event's index: the first eight bytes of
     * SHA-256("docId#index") with the sign bit cleared. The same document gives the same ids on every run.
     */
    static long eventId(String documentId, int index) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((documentId + "#" + index).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event's date, else the article's, else the day of the run, as GDELT dates a report by when it saw it. */
    private LocalDate day(Event e, Document d) {
        for (DateValue v : new DateValue[] {e.date(), d.article().published()}) {
            if (v != null && v.hasFullDate()) {
                return v.date();
            }
        }
        return added.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** GDELT's files compute YYYY.FFFF as ((month - 1) * 30 + day) / 365 (2019-01-25 is 2019.0685). */
    static String fractionDate(LocalDate day) {
        double f = day.getYear() + ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0;
        return String.format(Locale.ROOT, "%.4f", f);
    }

    /** The ten actor columns: code, name, country, known group, ethnic, two religions, three types. */
    private void actor(List<String> c, EventActor a, String text, Map<String, Entity> entities) {
        if (a == null) {
            c.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
            return;
        }
        ActorCode code = ActorCode.parse(a.cameoCode(), fips);
        Entity e = a.entityId() == null ? null : entities.get(a.entityId());
        // GDELT names an actor by its normal name: the entity's ("PRABOWO SUBIANTO", also for a pronoun),
        // else the words of the span ("POLISI")
        String name = e != null ? e.name() : a.span().of(text);
        c.add(a.cameoCode() == null ? "" : a.cameoCode());
        c.add(name.toUpperCase(Locale.ROOT));
        c.add(code.country());
        c.add(code.knownGroup());
        c.addAll(List.of("", "", ""));
        c.add(code.type(1));
        c.add(code.type(2));
        c.add(code.type(3));
    }

    /** An actor's location is the place the actor is ("Moskow menuntut ..."); other actors have none. */
    private List<String> actorGeo(EventActor a, String text, Map<String, Entity> entities) {
        Entity e = a == null || a.entityId() == null ? null : entities.get(a.entityId());
        return e != null && e.type() == EntityType.LOCATION ? geo.of(a.span().of(text), e) : GeoColumns.NONE;
    }

    private List<String> actionGeo(EventLocation l, String text, Map<String, Entity> entities) {
        if (l == null) {
            return GeoColumns.NONE;
        }
        return geo.of(l.span().of(text), l.entityId() == null ? null : entities.get(l.entityId()));
    }

    /** Where the lead ends: the first paragraph, cut after its first {@value #LEAD_SENTENCES} sentences. */
    private static int leadEnd(Document d) {
        List<Span> paragraphs = d.article().paragraphs();
        int end = paragraphs.isEmpty() ? d.article().text().length() : paragraphs.getFirst().end();
        if (d.sentences().size() > LEAD_SENTENCES) {
            end = Math.min(end, d.sentences().get(LEAD_SENTENCES - 1).span().end());
        }
        return end;
    }

    /** Where the article was read: the container's URL, else the page's canonical URL, else the file. */
    private static String sourceUrl(Document d) {
        if (d.source().url() != null && !d.source().url().isBlank()) {
            return d.source().url();
        }
        String canonical = d.article().page().canonicalUrl();
        return canonical != null && !canonical.isBlank() ? canonical : d.source().label();
    }

    /** GDELT writes whole numbers without a fraction ("-5", "1.9"). */
    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A tab or line break inside a field would shift every later column or split the row. */
    static String clean(String field) {
        return SPACES.matcher(BREAKS.matcher(field).replaceAll(" ")).replaceAll(" ").strip();
    }
}
