package dev.warta.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warta.model.Article;
import dev.warta.model.CitedSource;
import dev.warta.model.Credit;
import dev.warta.model.DateMention;
import dev.warta.model.DateValue;
import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.Event;
import dev.warta.model.EventActor;
import dev.warta.model.Evidence;
import dev.warta.model.Failure;
import dev.warta.model.PageMetadata;
import dev.warta.model.Quote;
import dev.warta.model.Removal;
import dev.warta.model.Role;
import dev.warta.model.Sentence;
import dev.warta.model.SourceRef;
import dev.warta.model.Span;
import dev.warta.model.Token;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes documents and failures as the JSON contract {@value #SCHEMA}, documented in docs/OUTPUT.md.
 * The mapping is explicit so that the contract changes only when this class does.
 */
public final class DocumentJson {
    public static final String SCHEMA = "warta.document/1";

    private final ObjectMapper mapper = new ObjectMapper();
    private final boolean withInput;

    /** @param withInput include the decoded input text that "in":"input" evidence points into */
    public DocumentJson(boolean withInput) {
        this.withInput = withInput;
    }

    public String write(Document d, boolean pretty) {
        return text(tree(d), pretty);
    }

    public String write(Failure f, boolean pretty) {
        ObjectNode o = mapper.createObjectNode();
        o.put("schema", SCHEMA);
        o.set("source", source(f.source()));
        o.putObject("error").put("message", f.reason());
        return text(o, pretty);
    }

    private String text(ObjectNode node, boolean pretty) {
        try {
            return pretty ? mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node)
                    : mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode tree(Document d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("id", d.id());
        ObjectNode source = source(d.source());
        if (withInput) {
            source.put("input", d.input());
        }
        o.set("source", source);
        o.set("article", article(d.article()));
        o.set("sentences", array(d.sentences(), this::sentence));
        o.set("dates", array(d.dates(), this::date));
        String text = d.article().text();
        o.set("entities", array(d.entities(), e -> entity(e, text)));
        o.set("quotes", array(d.quotes(), q -> quote(q, text)));
        o.set("events", array(d.events(), e -> event(e, text)));
        return o;
    }

    private ObjectNode source(SourceRef s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("location", s.location());
        if (s.line() > 0) {
            o.put("line", s.line());
        }
        if (s.url() != null) {
            o.put("url", s.url());
        }
        return o;
    }

    private ObjectNode article(Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("outlet", a.outlet());
        o.put("dateline", a.dateline());
        if (a.lead() != null) {
            o.set("lead", evidence(a.lead()));
        }
        o.put("title", a.title());
        o.put("language", a.language());
        o.set("published", dateValue(a.published()));
        o.put("text", a.text());
        o.set("paragraphs", array(a.paragraphs(), this::span));
        o.set("credits", array(a.credits(), this::credit));
        o.set("citedSources", array(a.citedSources(), this::cited));
        o.set("removed", array(a.removed(), this::removal));
        o.set("page", page(a.page()));
        return o;
    }

    private ObjectNode page(PageMetadata p) {
        ObjectNode o = mapper.createObjectNode();
        o.put("title", p.title());
        o.set("published", dateValue(p.published()));
        o.set("modified", dateValue(p.modified()));
        o.set("authors", strings(p.authors()));
        o.put("siteName", p.siteName());
        o.put("canonicalUrl", p.canonicalUrl());
        o.put("language", p.language());
        o.put("section", p.section());
        o.set("tags", strings(p.tags()));
        o.put("image", p.image());
        o.set("nextPages", strings(p.nextPages()));
        return o;
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode a = mapper.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    private ObjectNode credit(Credit c) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", c.name());
        o.put("role", lower(c.role()));
        o.set("evidence", evidence(c.evidence()));
        return o;
    }

    private ObjectNode cited(CitedSource c) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", c.name());
        o.put("date", c.date() == null ? null : c.date().iso());
        o.set("evidence", evidence(c.evidence()));
        return o;
    }

    private ObjectNode removal(Removal r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("kind", lower(r.kind()));
        o.put("text", r.text());
        o.set("evidence", evidence(r.evidence()));
        return o;
    }

    private ObjectNode sentence(Sentence s) {
        ObjectNode o = span(s.span());
        ArrayNode tokens = o.putArray("tokens");
        for (Token t : s.tokens()) {
            tokens.addArray().add(t.span().start()).add(t.span().end());
        }
        return o;
    }

    private ObjectNode date(DateMention d) {
        ObjectNode o = span(d.span());
        o.setAll(dateValue(d.value()));
        return o;
    }

    private ObjectNode dateValue(DateValue v) {
        if (v == null) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("value", v.iso());
        o.put("precision", lower(v.precision()));
        return o;
    }

    private ObjectNode entity(Entity e, String text) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("type", lower(e.type()));
        o.put("name", e.name());
        o.set("aliases", strings(e.aliases()));
        o.set("roles", array(e.roles(), this::role));
        ObjectNode links = o.putObject("links"); // sorted: the same document gives the same bytes
        new TreeMap<>(e.links()).forEach(links::put);
        o.set("mentions", array(e.mentions(), m -> quoted(m.span(), text)));
        return o;
    }

    private ObjectNode role(Role r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("title", r.title());
        o.put("normalized", r.normalized());
        o.put("affiliation", r.affiliationEntityId());
        o.set("evidence", span(r.evidence()));
        return o;
    }

    /** A span with the text it covers, for facts a reader checks against the article. */
    private ObjectNode quoted(Span s, String text) {
        ObjectNode o = span(s);
        o.put("text", s.of(text));
        return o;
    }

    private ObjectNode quote(Quote q, String text) {
        ObjectNode o = mapper.createObjectNode();
        o.put("speaker", q.speakerEntityId());
        o.set("speakerSpan", quoted(q.speaker(), text));
        o.put("verb", q.verb());
        o.set("content", quoted(q.content(), text));
        o.put("direct", q.direct());
        o.set("evidence", span(q.evidence()));
        return o;
    }

    private ObjectNode event(Event e, String text) {
        ObjectNode o = mapper.createObjectNode();
        o.set("source", actor(e.source(), text));
        o.set("target", actor(e.target(), text));
        o.put("cameo", e.cameoCode());
        o.put("cameoRoot", e.cameoRoot());
        o.put("cameoBase", e.cameoBase());
        o.put("plover", e.ploverType());
        o.put("ploverMode", e.ploverMode());
        o.put("quadClass", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.set("date", dateValue(e.date()));
        o.put("dateFrom", lower(e.dateBasis()));
        if (e.location() != null) {
            ObjectNode where = quoted(e.location().span(), text);
            where.put("entity", e.location().entityId());
            o.set("location", where);
        } else {
            o.putNull("location");
        }
        o.set("trigger", quoted(e.trigger(), text));
        o.set("evidence", quoted(e.evidence(), text));
        return o;
    }

    private ObjectNode actor(EventActor a, String text) {
        if (a == null) {
            return null;
        }
        ObjectNode o = quoted(a.span(), text);
        o.put("entity", a.entityId());
        o.put("code", a.cameoCode());
        return o;
    }

    private ObjectNode evidence(Evidence e) {
        ObjectNode o = span(e.span());
        if (e.origin() == Evidence.Origin.INPUT) {
            o.put("in", "input");
        }
        return o;
    }

    private ObjectNode span(Span s) {
        if (s == null) {
            return null;
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }

    private <T> ArrayNode array(List<T> items, Function<T, ObjectNode> f) {
        ArrayNode a = mapper.createArrayNode();
        items.forEach(i -> a.add(f.apply(i)));
        return a;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
