package dev.warta.event;

import dev.warta.lang.ClauseWords;
import dev.warta.lang.EventFrame;
import dev.warta.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the actors of one trigger off the words around it, by its frame: the subject is the nearest
 * actor before the trigger in its clause (a verb joined to the one before by "dan" shares its subject),
 * the object the first actor after it; passives swap them and take the doer after "oleh"/"by";
 * reciprocals take the partner after "dengan"/"with" or the second of "X dan Y"; nouns take
 * "antara X dan Y", "N X terhadap Y", "N oleh X", or the subject of a light verb before them
 * ("X menggelar pertemuan dengan Y"); a bare noun has no actors of its own and gives no event.
 */
final class Clause {
    /** Words an object may stand from its verb ("memerintahkan Komisi ...", "menyita uang milik DS"). */
    private static final int OBJECT_REACH = 8;
    /** Words a noun's actor may stand from it ("serangan kelompok bersenjata terhadap pos TNI"). */
    private static final int NOUN_REACH = 3;
    /** Words an actor may stand after its marker ("oleh tim gabungan Polda ..."). */
    private static final int MARKER_REACH = 3;
    /** Words a locative stands before the place it names ("di New Delhi"). */
    private static final int LOCATIVE_REACH = 1;
    /** CAMEO roots of acts that hand something over: material cooperation, aid, yielding (an amnesty, a return). */
    private static final Set<String> GIVING_ROOTS = Set.of("06", "07", "08");
    /** CAMEO roots of acts two sides do together: intent to cooperate, talks, diplomatic and material cooperation. */
    private static final Set<String> TOGETHER_ROOTS = Set.of("03", "04", "05", "06");
    private final Words w;
    private final List<Actor> actors;
    private final List<Trigger> triggers;
    private final ClauseWords words;

    Clause(Words w, List<Actor> actors, List<Trigger> triggers, ClauseWords words) {
        this.w = w;
        this.actors = actors;
        this.triggers = triggers;
        this.words = words;
    }

    /** Source and target of trigger {@code k}, given the sources already found for the triggers before it. */
    Actor[] roles(int k, Actor[] sources) {
        Trigger t = triggers.get(k);
        return switch (t.frame()) {
            case ACTIVE -> new Actor[] {subject(k, sources), object(t.to(), k)};
            case INTRANSITIVE -> new Actor[] {subject(k, sources), null};
            case PASSIVE -> new Actor[] {doer(t.to(), k), subject(k, sources)};
            case RECIPROCAL -> reciprocal(k, sources);
            case NOUN -> noun(k, sources);
            case RECEIVED -> received(k, sources);
            case HOSTED -> hosted(k, sources);
        };
    }

    private Actor subject(int k, Actor[] sources) {
        Trigger t = triggers.get(k);
        if (k > 0 && sources[k - 1] != null && joinedToPrevious(t.from(), triggers.get(k - 1).to())) {
            return sources[k - 1];
        }
        int floor = k > 0 ? triggers.get(k - 1).to() : 0;
        Actor found = null;
        for (Actor a : actors) {
            if (a.to() <= t.from() && a.from() >= floor && !breakBetween(a.to(), t.from()) && !located(a)) {
                found = a;
            }
        }
        return found;
    }

    /**
     * Whether the actor names where something is ("tiba di New Delhi dan menandatangani ...", "memberlakukan jam
     * malam di Kathmandu"), so it is neither subject nor object.
     */
    private boolean located(Actor a) {
        // "di perairan Darwin": one word naming a kind of place may stand between
        int last = a.from() > 0 && words.placeNouns().contains(w.word(a.from() - 1)) ? a.from() - 1 : a.from();
        for (int i = last - 1; i >= 0 && i >= last - LOCATIVE_REACH; i--) {
            if (words.locatives().contains(w.word(i))) {
                return true;
            }
            if (w.isPunctuation(i)) {
                return false;
            }
        }
        return bordered(a);
    }

    /**
     * Whether the actor only says where a place lies: what a place bordering it borders ("distrik yang berbatasan
     * dengan Kamboja") or the other side of a border of others ("perbatasan Belarus dengan Polandia"). One's own
     * border with a country faces it ("menarik mundur artileri dari perbatasan dengan Thailand").
     */
    private boolean bordered(Actor a) {
        int partner = a.from() - 1;
        if (partner < 2 || !words.partners().contains(w.word(partner))) {
            return false;
        }
        int border = partner - 1;
        if (words.boundaries().contains(w.word(border))) {
            return words.relativizers().contains(w.word(border - 1));
        }
        return words.boundaries().contains(w.word(border - 1)) && !w.isPunctuation(border);
    }

    /** Whether only a conjunction or comma stands between the previous trigger's words and this one. */
    private boolean joinedToPrevious(int from, int previousEnd) {
        int i = from - 1;
        while (i >= previousEnd && !words.conjunctions().contains(w.word(i)) && !w.word(i).equals(",")) {
            i--;
        }
        return i >= previousEnd && i >= from - 3 && noActorBetween(i, from);
    }

    private boolean noActorBetween(int from, int to) {
        return actors.stream().noneMatch(a -> a.from() >= from && a.to() <= to);
    }

    /**
     * The target of an active verb: the actor right after it, else, for a verb that hands something over,
     * whom it goes to ("memberikan hibah senilai 5 juta dolar AS kepada Indonesia", however far from the verb
     * within the clause's reach), else the first actor after it.
     */
    private Actor object(int from, int k) {
        Actor first = firstAfter(from, k);
        boolean handsOver = GIVING_ROOTS.contains(triggers.get(k).entry().cameo().substring(0, 2));
        Actor recipient = !handsOver || first != null && first.from() == from ? null
                : afterWord(from, words.recipients(), k);
        return recipient != null ? recipient : first;
    }

    private Actor firstAfter(int from, int k) {
        int limit = k + 1 < triggers.size() ? triggers.get(k + 1).from() : w.size();
        for (Actor a : actors) {
            if (a.from() >= from && a.from() < limit && a.from() - from <= OBJECT_REACH && !breakBetween(from, a.from())
                    && !located(a)) {
                return a;
            }
        }
        return null;
    }

    /** The doer of a passive: after the agent word, or right after the verb ("ditangkap polisi", "dikritik sejumlah negara"). */
    private Actor doer(int from, int k) {
        int limit = k + 1 < triggers.size() ? triggers.get(k + 1).from() : w.size();
        for (int i = from; i < limit && i - from <= OBJECT_REACH; i++) {
            int n = w.phraseAt(i, words.passiveAgents());
            if (n > 0) {
                return actorAt(pastQuantities(i + n, limit));
            }
        }
        return actorAt(pastQuantities(from, limit));
    }

    /** The first word from {@code at} that is no quantity ("oleh ratusan pengunjuk rasa", "ditangkap dua polisi"). */
    private int pastQuantities(int at, int limit) {
        int i = at;
        while (i < limit && words.quantities().contains(w.word(i))) {
            i++;
        }
        return i;
    }

    /** Whom what trigger {@code k} gives or promises goes to: the actor after a recipient word ("bagi mahasiswa"), or null. */
    Actor recipient(int k) {
        return afterWord(triggers.get(k).to(), words.recipients(), k);
    }

    /** Whom the condition after trigger {@code k} names first ("mengancam mogok jika pemerintah tidak ..."), or null. */
    Actor conditioned(int k) {
        Trigger t = triggers.get(k);
        for (int i = t.to(); i < w.size() && !w.isPunctuation(i); i++) {
            int n = w.phraseAt(i, words.hypotheticals());
            if (n > 0) {
                return actorWithin(i + n, MARKER_REACH, triggers.size());
            }
        }
        return null;
    }

    /** Whom a request asks: the actor right after its complementizer ("desakan DPR agar pemerintah ..."), or null. */
    Actor addressee(int k) {
        Trigger t = triggers.get(k);
        for (int i = t.to(); i < w.size() && i - t.to() <= OBJECT_REACH && !w.isPunctuation(i); i++) {
            if (words.requestComplements().contains(w.word(i))) {
                return actorWithin(i + 1, MARKER_REACH, k);
            }
        }
        return null;
    }

    /**
     * Whom what trigger {@code k} takes is taken from: the actor after the first source word in the rest of its
     * clause, however long the list of what is taken ("menyita 11 unit mobil mewah dan uang tunai Rp372 miliar
     * dari rumah tersangka"), or null.
     */
    Actor takenFrom(int k) {
        return afterInClause(k, words.sourceMarkers());
    }

    /** The actor after the first of {@code markers} anywhere in the rest of trigger {@code k}'s clause, or null. */
    private Actor afterInClause(int k, Set<String> markers) {
        Trigger t = triggers.get(k);
        int limit = k + 1 < triggers.size() ? triggers.get(k + 1).from() : w.size();
        for (int i = t.to(); i < limit; i++) {
            if (words.clauseBreaks().contains(w.word(i)) || w.word(i).equals(";")) {
                return null;
            }
            int n = w.phraseAt(i, markers);
            if (n > 0) {
                return actorWithin(i + n, MARKER_REACH, k);
            }
        }
        return null;
    }

    /** The actor joined to {@code a} from the left by a conjunction ("Indonesia dan Malaysia"), or null. */
    Actor conjunctBefore(Actor a) {
        int i = actors.indexOf(a);
        if (i <= 0 || a.from() == 0 || !words.conjunctions().contains(w.word(a.from() - 1))) {
            return null;
        }
        Actor before = actors.get(i - 1);
        return before.to() == a.from() - 1 || before.to() == a.from() - 2 && w.word(before.to()).equals(",")
                ? before : null;
    }

    /** The actors joined to {@code a} from the right by commas and a conjunction ("Beijing and Manila"). */
    List<Actor> conjunctsAfter(Actor a) {
        List<Actor> out = new ArrayList<>();
        int i = actors.indexOf(a);
        Actor last = a;
        while (i >= 0 && i + 1 < actors.size()) {
            Actor next = actors.get(i + 1);
            int gap = next.from() - last.to();
            boolean joined = gap >= 1 && gap <= 2 && (words.conjunctions().contains(w.word(last.to()))
                    || w.word(last.to()).equals(",") && (gap == 1 || words.conjunctions().contains(w.word(last.to() + 1))));
            if (!joined) {
                break;
            }
            out.add(next);
            last = next;
            i++;
        }
        return out;
    }

    /** "X menerima telepon dari Y": Y acts on X; with no source word, X acts on its object. */
    private Actor[] received(int k, Actor[] sources) {
        Trigger t = triggers.get(k);
        Actor giver = afterWord(t.to(), words.sourceMarkers(), k);
        return giver != null ? new Actor[] {giver, subject(k, sources)}
                : new Actor[] {subject(k, sources), object(t.to(), k)};
    }

    /** "Delegasi Komisi I DPR diterima oleh Ketua ...": the doer hosts the subject, which must open the clause. */
    private Actor[] hosted(int k, Actor[] sources) {
        Actor guest = subject(k, sources);
        if (guest == null || !opensClause(guest)) {
            return new Actor[] {null, null};
        }
        return new Actor[] {doer(triggers.get(k).to(), k), guest};
    }

    /** Whether the actor stands first in its clause ("Perwakilan buruh kemudian diterima ..."). */
    private boolean opensClause(Actor a) {
        int before = a.from() - 1;
        return before < 0 || w.isPunctuation(before) || words.clauseBreaks().contains(w.word(before))
                || words.conjunctions().contains(w.word(before));
    }

    private Actor[] reciprocal(int k, Actor[] sources) {
        Trigger t = triggers.get(k);
        Actor source = subject(k, sources);
        Actor partner = afterWord(t.to(), words.partners(), k);
        partner = partner == null || bordered(partner) ? null : partner;
        if (partner == null) {
            // "met with X", "bertemu X": the partner word is part of the trigger or left out
            partner = actorWithin(t.to(), MARKER_REACH, k);
            partner = partner == null || located(partner) ? null : partner;
        }
        if (partner == null && source != null) {
            int before = actors.indexOf(source) - 1;
            if (before >= 0 && words.conjunctions().contains(w.word(source.from() - 1))) {
                return new Actor[] {actors.get(before), source};
            }
        }
        return new Actor[] {source, partner};
    }

    private Actor[] noun(int k, Actor[] sources) {
        Trigger t = triggers.get(k);
        Actor first = afterWord(t.to(), words.between(), k);
        if (first != null) {
            Actor second = afterWord(first.to(), words.conjunctions(), k);
            return new Actor[] {first, second};
        }
        Actor after = possessor(t.to(), k);
        if (after == null) {
            after = inside(t);
        }
        Actor byAgent = afterWord(t.to(), words.passiveAgents(), k);
        if (byAgent == null && after == null) {
            // "Serangan bom bunuh diri di depan gedung pengadilan di Islamabad dilakukan oleh ...": the doer of a
            // noun said in a passive may stand at the clause's end
            byAgent = afterInClause(k, words.passiveAgents());
        }
        Actor target = afterWord(t.to(), words.targetMarkers(), k);
        if (target == null) {
            target = afterWord(t.to(), words.partners(), k);
            target = target == null || bordered(target) ? null : target;
        }
        if (w.phraseBefore(t.from(), words.lightVerbs()) > 0) {
            // "X menggelar pertemuan dengan Y", "X dan Y menggelar latihan bersama"
            Actor[] pair = reciprocal(k, sources);
            Actor source = pair[0];
            Actor other = target != null ? target : after != null ? after : pair[1];
            return new Actor[] {source, other != null && other.sameAs(source) ? null : other};
        }
        List<Actor> joined = after == null ? List.of() : conjunctsAfter(after);
        if (target == null && byAgent == null && !joined.isEmpty() && together(t)) {
            // "kesepakatan Indonesia dan Uni Eropa", "kerja sama X dan Y": what both sides do together, one with the other
            return new Actor[] {after, joined.getFirst()};
        }
        boolean ofObject = t.to() - t.from() == 1 && words.objectNouns().contains(w.word(t.from()));
        if (target == null && after != null && (ofObject || byAgent != null && after.from() < byAgent.from())) {
            // "penangkapan 27 anggota jaringan narkoba oleh BNN", "penembakan warga": the possessor is who it is done to
            return new Actor[] {byAgent, after};
        }
        Actor source = byAgent != null ? byAgent : after;
        return new Actor[] {source, target != null && target.sameAs(source) ? null : target};
    }

    /** The actor whose head word ends a noun trigger ("pengerahan pasukan Rusia"), or null. */
    private Actor inside(Trigger t) {
        for (Actor a : actors) {
            if (a.from() > t.from() && a.from() < t.to() && a.to() > t.to()) {
                return a;
            }
        }
        return null;
    }

    /** Whether the trigger is done by two sides together: intent, talks, diplomatic or material cooperation (CAMEO 03-06). */
    private static boolean together(Trigger t) {
        return TOGETHER_ROOTS.contains(t.entry().cameo().substring(0, 2));
    }

    /** The actor a noun is said of ("serangan kelompok bersenjata", "tuntutan Moskow"): right after it, no marker between. */
    private Actor possessor(int from, int k) {
        Actor a = actorWithin(from, NOUN_REACH, k);
        if (a == null) {
            return null;
        }
        for (int i = from; i < a.from(); i++) {
            if (marker(w.word(i)) || w.isPunctuation(i)) {
                return null;
            }
        }
        return a;
    }

    private boolean marker(String word) {
        return words.targetMarkers().contains(word) || words.partners().contains(word) || words.locatives().contains(word)
                || words.passiveAgents().contains(word) || words.clauseBreaks().contains(word);
    }

    /** The actor right after the first of {@code markers} following word {@code from} in the clause. */
    private Actor afterWord(int from, Set<String> markers, int k) {
        int limit = k + 1 < triggers.size() ? triggers.get(k + 1).from() : w.size();
        for (int i = from; i < limit && i - from <= OBJECT_REACH; i++) {
            if (words.clauseBreaks().contains(w.word(i))) {
                return null;
            }
            int n = w.phraseAt(i, markers);
            if (n > 0) {
                return actorWithin(i + n, MARKER_REACH, k);
            }
        }
        return null;
    }

    private Actor actorWithin(int from, int reach, int k) {
        int limit = k + 1 < triggers.size() ? triggers.get(k + 1).from() : w.size();
        for (Actor a : actors) {
            if (a.from() >= from && a.from() < limit && a.from() - from < reach) {
                return a;
            }
        }
        return null;
    }

    private Actor actorAt(int i) {
        return actorWithin(i, 1, triggers.size());
    }

    private boolean breakBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.clauseBreaks().contains(w.word(i)) || w.word(i).equals(";")) {
                return true;
            }
        }
        return false;
    }

    static EventFrame frameOf(Words w, int at, EventFrame frame, ClauseWords words) {
        if (frame != EventFrame.ACTIVE) {
            return frame;
        }
        // one adverb may stand between ("was later released")
        boolean passive = w.phraseBefore(at, words.passiveAuxiliaries()) > 0
                || at > 1 && w.phraseBefore(at - 1, words.passiveAuxiliaries()) > 0;
        return passive ? EventFrame.PASSIVE : frame;
    }
}
