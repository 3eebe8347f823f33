package dev.warta.text;

import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/** The entity mentions of a document in text order, each with its entity. */
public final class Mentions {
    /** A mention and the entity it belongs to. */
    public record Located(Mention mention, Entity entity) {
        public int start() {
            return mention.span().start();
        }

        public int end() {
            return mention.span().end();
        }
    }

    private final List<Located> ordered;
    private final Map<Integer, Located> byStart = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();

    public Mentions(List<Entity> entities) {
        List<Located> all = new ArrayList<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
            e.mentions().forEach(m -> all.add(new Located(m, e)));
        }
        all.sort(Comparator.comparingInt(Located::start));
        this.ordered = List.copyOf(all);
        ordered.forEach(m -> byStart.putIfAbsent(m.start(), m));
    }

    public Entity entity(String id) {
        return byId.get(id);
    }

    /** Mentions of the given types lying inside [from, to), in text order. */
    public List<Located> within(int from, int to, Set<EntityType> types) {
        List<Located> out = new ArrayList<>();
        for (Located m : ordered) {
            if (m.start() >= to) {
                break;
            }
            if (m.start() >= from && m.end() <= to && types.contains(m.entity().type())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The last mention of the given types ending at or before {@code offset} and not inside {@code skip}, or null. */
    public Located lastBefore(int offset, Set<EntityType> types, IntPredicate skip) {
        Located found = null;
        for (Located m : ordered) {
            if (m.end() > offset) {
                break;
            }
            if (types.contains(m.entity().type()) && !skip.test(m.start())) {
                found = m;
            }
        }
        return found;
    }

    /** The mention that starts at {@code offset}, or null. */
    public Located startingAt(int offset) {
        return byStart.get(offset);
    }
}
