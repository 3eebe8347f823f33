package dev.warta.event;

import dev.warta.lang.ClauseWords;
import dev.warta.lang.EventFrame;
import dev.warta.model.Event;
import dev.warta.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes the events of one sentence, trigger by trigger, left to right: the roles its clause gives each trigger;
 * none when the act is not told as done or has no code; a target the words leave out filled from the triggers
 * around it; then one event for each source-target pair, each pair once per code.
 */
final class SentenceEvents {
    private final List<Trigger> triggers;
    private final Clause clause;
    private final TriggerLinks links;
    private final Factuality factuality;
    private final ImpliedTargets implied;

    SentenceEvents(String text, Words w, List<Actor> actors, List<Trigger> triggers, ClauseWords words,
                   TriggerLinks links) {
        this.triggers = triggers;
        this.clause = new Clause(w, actors, triggers, words);
        this.links = links;
        this.factuality = new Factuality(text, w, actors, triggers, words, links);
        this.implied = new ImpliedTargets(clause, triggers, links);
    }

    /**
     * The sentence's events, coded by {@code codes}, their targets by {@code coded}, built by {@code records};
     * {@code told} is what the document has told before and learns this sentence's interactions.
     */
    List<Event> code(CameoCodes codes, CodedTargets coded, EventRecords records, LastInteraction told) {
        // what each trigger was found to have, which the triggers after it read
        Actor[] sources = new Actor[triggers.size()];
        Actor[] objects = new Actor[triggers.size()];
        Actor[] targets = new Actor[triggers.size()];
        Set<String> seen = new HashSet<>();
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < triggers.size(); k++) {
            Trigger t = triggers.get(k);
            Actor[] roles = roles(k, sources, objects);
            var code = codes.get(CameoConventions.asDoneBy(t.entry().cameo(), roles[0]));
            if (roles[0] == null || code.isEmpty() || !factuality.done(k, roles[0], sources, objects)) {
                continue;
            }
            if (roles[1] == null) {
                roles[1] = implied.of(k, roles[0], sources, objects, targets);
            }
            targets[k] = roles[1];
            for (Actor[] pair : pairs(t, roles[0], coded.of(t.entry().cameo(), roles[0], roles[1]))) {
                Actor[] sides = told.sidesOf(pair, t.entry().cameo());
                if (sides != null && seen.add(key(sides[0]) + "|" + key(sides[1]) + "|" + t.entry().cameo())) {
                    out.add(records.of(t, code.get(), sides[0], sides[1]));
                    told.told(sides, t.entry().cameo());
                }
            }
        }
        return out;
    }

    /** Source and target of trigger {@code k} as its clause gives them, noted for the triggers after it. */
    private Actor[] roles(int k, Actor[] sources, Actor[] objects) {
        Actor[] roles = clause.roles(k, sources);
        if (k > 0 && links.enclitic(triggers.get(k)) && sources[k - 1] != null && objects[k - 1] != null
                && objects[k - 1].sameAs(roles[0])) {
            // "menangkap pengusaha itu lalu memeriksanya": who is "-nya" is not who acts, the doer goes on
            roles[0] = sources[k - 1];
        }
        sources[k] = roles[0];
        objects[k] = roles[1];
        return roles;
    }

    /**
     * The source-target pairs of one trigger: "X dan Y sepakat" with no other target is X with Y; joined
     * subjects, objects or doers of a passive otherwise give one event each ("mendesak Beijing dan Manila").
     */
    private List<Actor[]> pairs(Trigger t, Actor source, Actor target) {
        Actor partner = clause.conjunctBefore(source);
        if (target == null && partner != null && t.frame() != EventFrame.NOUN) {
            return List.<Actor[]>of(new Actor[] {partner, source});
        }
        List<Actor> sources = new ArrayList<>();
        if (partner != null && t.frame() == EventFrame.ACTIVE) {
            sources.add(partner);
        }
        sources.add(source);
        if (t.frame() == EventFrame.PASSIVE) {
            // "Israel was urged by Indonesia and Malaysia", "ditangkap oleh polisi dan TNI": each doer acts
            sources.addAll(clause.conjunctsAfter(source));
        }
        List<Actor> targets = new ArrayList<>();
        targets.add(target);
        if (target != null && t.frame() != EventFrame.RECIPROCAL) {
            targets.addAll(clause.conjunctsAfter(target));
        }
        List<Actor[]> out = new ArrayList<>();
        for (Actor from : sources) {
            for (Actor to : targets) {
                out.add(new Actor[] {from, to});
            }
        }
        return out;
    }

    /** What identifies an actor among the sentence's pairs: its entity, else its words. */
    private static String key(Actor a) {
        return a == null ? "-" : a.entity() != null ? a.entity().id() : a.span().toString();
    }
}
