package dev.warta.event;

import dev.warta.lang.ActorWords;
import dev.warta.lang.WordList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persons whose actor code depends on the office they held at the time: a president is government only
 * during the term. Read from {@code office-holders.tsv} ({@code name | alias<TAB>code<TAB>from<TAB>to},
 * ISO dates, an empty {@code to} for a term still running).
 */
final class OfficeHolders {
    private record Term(String code, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
        }
    }

    private static final OfficeHolders SHIPPED = read();
    private final Map<String, List<Term>> terms;

    private OfficeHolders(Map<String, List<Term>> terms) {
        this.terms = terms;
    }

    static OfficeHolders shipped() {
        return SHIPPED;
    }

    /** The code of the office {@code name} held on {@code day} (today's office if the day is unknown). */
    Optional<String> code(String name, LocalDate day) {
        LocalDate when = day != null ? day : LocalDate.now();
        for (Term t : terms.getOrDefault(ActorWords.key(name), List.of())) {
            if (t.covers(when)) {
                return Optional.of(t.code());
            }
        }
        return Optional.empty();
    }

    private static OfficeHolders read() {
        Map<String, List<Term>> terms = new HashMap<>();
        for (String line : WordList.read(OfficeHolders.class, "office-holders.tsv")) {
            String[] c = line.split("\t", -1);
            Term t = new Term(c[1].strip(), date(c, 2), date(c, 3));
            for (String name : c[0].split("\\|")) {
                terms.computeIfAbsent(ActorWords.key(name), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, List<Term>> frozen = new HashMap<>();
        terms.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new OfficeHolders(Map.copyOf(frozen));
    }

    private static LocalDate date(String[] cells, int i) {
        return i < cells.length && !cells[i].isBlank() ? LocalDate.parse(cells[i].strip()) : null;
    }
}
