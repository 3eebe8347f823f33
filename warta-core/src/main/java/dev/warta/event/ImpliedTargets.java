package dev.warta.event;

import dev.warta.lang.EventFrame;
import java.util.List;

/**
 * Finds the target of a trigger whose own words name none, from the triggers around it and what its kind of act
 * is done to: whom a protest's demand asks, to whom a promise or threat is made, whom a threat's condition names,
 * from whom property is seized, whom a request addresses, the other side just told, whom "-nya" stands for.
 * The rules are tried in that order; the first that finds someone wins.
 */
final class ImpliedTargets {
    private final Clause clause;
    private final List<Trigger> triggers;
    private final TriggerLinks links;

    ImpliedTargets(Clause clause, List<Trigger> triggers, TriggerLinks links) {
        this.clause = clause;
        this.triggers = triggers;
        this.links = links;
    }

    /**
     * The target of trigger {@code k}, done by {@code source}, given the sources, objects and targets found for the
     * triggers before it; null when none is implied.
     */
    Actor of(int k, Actor source, Actor[] sources, Actor[] objects, Actor[] targets) {
        Trigger t = triggers.get(k);
        Actor found = ActKinds.protest(t) ? protestedAgainst(k, source, sources) : null;
        if (found == null && ActKinds.undertaking(t)) {
            found = promisedTo(k, source, sources, objects);
        }
        if (found == null && ActKinds.threat(t)) {
            // "mengancam menggelar mogok nasional jika pemerintah tidak merevisi ...": a threat is against whom its
            // condition names
            found = clause.conditioned(k);
        }
        if (found == null && ActKinds.confiscation(t)) {
            // "menyita ... dari rumah tersangka": property is seized from whom it is taken from
            found = clause.takenFrom(k);
        }
        if (found == null && ActKinds.request(t)) {
            found = clause.addressee(k);
        }
        if (found == null && t.frame() == EventFrame.RECIPROCAL && k > 0 && source == sources[k - 1]) {
            // "menerima kunjungan Menteri Lavrov ... dan sepakat memperluas kerja sama": the two sides just told
            found = objects[k - 1];
        }
        if (found == null && k > 0 && links.enclitic(t)) {
            // "menetapkan X sebagai tersangka dan langsung menahannya": "-nya" is whom the act before was done to
            found = targets[k - 1];
        }
        return found;
    }

    /**
     * Whom protest {@code k} is against: whom the demand right after it asks ("berunjuk rasa di Beograd menuntut
     * pengunduran diri pemerintah"), when the demand says what the protest is for or the protesters make it.
     */
    private Actor protestedAgainst(int k, Actor source, Actor[] sources) {
        if (k + 1 >= triggers.size() || !ActKinds.request(triggers.get(k + 1))) {
            return null;
        }
        Actor[] next = clause.roles(k + 1, sources);
        if (!links.purpose(triggers.get(k), source, triggers.get(k + 1)) && !source.sameAs(next[0])) {
            return null;
        }
        return next[1] != null ? next[1] : clause.addressee(k + 1);
    }

    /** To whom promise or threat {@code k} is made. */
    private Actor promisedTo(int k, Actor source, Actor[] sources, Actor[] objects) {
        Trigger t = triggers.get(k);
        // "berjanji akan memberikan pinjaman kepada Indonesia": to whom its content is done
        Actor found = k + 1 < triggers.size() && links.contentFollows(t, triggers.get(k + 1))
                ? clause.roles(k + 1, sources)[1] : null;
        if (found == null) {
            // "berkomitmen menambah beasiswa bagi mahasiswa asal Papua": to whom it is for
            found = clause.recipient(k);
        }
        if (found == null && k > 0 && source.sameAs(sources[k - 1]) && ActKinds.consultation(triggers.get(k - 1))) {
            // "menemui keluarga korban ... dan berjanji akan mengusut kasus itu": to whom was just met
            found = objects[k - 1];
        }
        return found;
    }
}
