package dev.warta.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The authors JSON-LD gives its content nodes: Person names, plain strings, arrays, given and family
 * names. An organization that is the publisher is not an author.
 */
final class AuthorsFromJsonLd {
    private static final Pattern ORGANIZATION_TYPE = Pattern.compile(
            "(?i)organization|corporation|business|brand|website|newsmedia|company|store|agency");

    private AuthorsFromJsonLd() {
    }

    /** Per content node that names any: its person nodes, its plain names, its organizations. */
    static List<Byline> read(MetaJsonLd ld, List<ObjectNode> content) {
        List<Byline> out = new ArrayList<>();
        for (ObjectNode n : content) {
            List<String> names = new ArrayList<>();
            List<String> nodes = new ArrayList<>();
            List<String> orgs = new ArrayList<>();
            String publisher = MetaJsonLd.text(ld.resolve(n.get("publisher")), "name");
            for (String field : new String[]{"author", "creator"}) {
                for (JsonNode a : MetaJsonLd.items(n.get(field))) {
                    JsonNode r = ld.resolve(a);
                    String name = nameOf(r);
                    if (name == null || name.matches("(?i)^(https?:|www\\.).*")) {
                        continue;
                    }
                    boolean organization = MetaJsonLd.types(r).stream()
                            .anyMatch(t -> ORGANIZATION_TYPE.matcher(t).find());
                    if (organization && publisher != null && MetaText.key(publisher).equals(MetaText.key(name))) {
                        continue;
                    }
                    // one node is one author: "Center for Drug Evaluation and Research" is not two
                    (organization ? orgs : r.isObject() ? nodes : names).add(name);
                }
                if (!names.isEmpty() || !nodes.isEmpty() || !orgs.isEmpty()) {
                    break;
                }
            }
            if (!names.isEmpty() || !nodes.isEmpty() || !orgs.isEmpty()) {
                out.add(new Byline(nodes, Byline.Source.PERSON_NODE));
                out.add(new Byline(names, Byline.Source.PERSON));
                out.add(new Byline(orgs, Byline.Source.ORGANIZATION));
            }
        }
        return out;
    }

    private static String nameOf(JsonNode r) {
        String name = r.isTextual() ? MetaText.clean(r.asText()) : MetaJsonLd.text(r, "name");
        if (name == null && r.isObject()) {
            String given = MetaJsonLd.text(r.get("givenName"));
            String family = MetaJsonLd.text(r.get("familyName"));
            name = given != null && family != null ? given + " " + family : null;
        }
        return name;
    }
}
