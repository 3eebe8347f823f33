package dev.warta.anatomy;

import dev.warta.lang.CreditRules;
import dev.warta.lang.Language;
import dev.warta.model.CreditRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads credit lines: "[Redaktur: Ajat Sudrajat]", "Penulis: X | Editor: Y", "Redaktur & Reporter : X",
 * "Laporan Wartawan TribunJatim.com, Ani Susanti", "(Reporting by X; Editing by Y)", and desk codes
 * "(rca)", "[yan]", "(lau/pta)", "(Ant/P-4)".
 */
final class CreditParser {
    private static final Pattern NAME = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’-]*|[\\p{Ll}]{2,6})(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|bin|binti|van|de|al))*$");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,5}(?:-[A-Za-z0-9]{1,3})?");
    private static final Pattern DESK = Pattern.compile("^[(\\[]\\s*(" + CODE + "(?:\\s*/\\s*" + CODE + ")*)\\s*[)\\]]$");
    private static final Pattern REPORTER_CODE = Pattern.compile("^[A-Z]{1,2}-\\d{1,3}$");
    private static final Pattern AFFILIATION = Pattern.compile("\\s*\\([^()]{1,40}\\)\\s*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\bdan\\b|\\band\\b)\\s*");

    /** A credit found in a line, with the name's offset in that line. */
    record Found(String name, CreditRole role, int start, int end) {
    }

    /** What one line gave: credits, agencies named by desk codes, and the outlet a reporter line names. */
    record Result(List<Found> credits, List<String> agencies, String outlet) {
    }

    private final Pattern labelled;
    private final Map<String, CreditRole> labels = new HashMap<>();
    private final Map<String, String> agencies = new HashMap<>();
    private final Set<String> nonNames = new HashSet<>();
    private final List<Pattern> reporterLines = new ArrayList<>();

    CreditParser(List<Language> languages) {
        for (Language l : languages) {
            CreditRules r = l.credits();
            labels.putAll(r.labels());
            agencies.putAll(r.agencyCodes());
            nonNames.addAll(r.nonNames());
            if (r.reporterLine() != null) {
                reporterLines.add(r.reporterLine());
            }
        }
        String label = labels.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(CreditParser::labelPattern).reduce((a, b) -> a + "|" + b).orElseThrow();
        labelled = Pattern.compile("^(?<labels>(?:" + label + ")(?:\\s*(?:&|/|,|dan|and)\\s*(?:" + label + "))*)"
                + "\\s*(?::\\s*|(?<=by)\\s+)(?<names>.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** "edited by" as a pattern: each word quoted, any run of spaces between them. */
    private static String labelPattern(String label) {
        return String.join("\\s+", java.util.Arrays.stream(label.split(" ")).map(Pattern::quote).toList());
    }

    /** The credits of a line, or null when the line is not a credit line. */
    Result parse(String line) {
        Result desk = deskCodes(line);
        if (desk != null) {
            return desk;
        }
        for (Pattern p : reporterLines) {
            Matcher m = p.matcher(line);
            if (m.matches() && isName(m.group("name").strip())) {
                String outlet = m.group("outlet").isBlank() ? null : m.group("outlet").strip();
                return new Result(List.of(new Found(m.group("name").strip(), CreditRole.REPORTER,
                        m.start("name"), m.start("name") + m.group("name").strip().length())), List.of(), outlet);
            }
        }
        return labelledLine(line);
    }

    private Result labelledLine(String line) {
        int offset = 0;
        String body = line;
        if ((body.startsWith("[") && body.endsWith("]")) || (body.startsWith("(") && body.endsWith(")"))) {
            body = body.substring(1, body.length() - 1);
            offset = 1;
        }
        List<Found> found = new ArrayList<>();
        int pos = 0;
        for (String segment : body.split("[|;]", -1)) {
            int segStart = offset + pos + leading(segment);
            pos += segment.length() + 1;
            Matcher m = labelled.matcher(segment.strip());
            if (!m.matches()) {
                return null;
            }
            List<CreditRole> roles = roles(m.group("labels"));
            int namesStart = segStart + m.start("names");
            String namesText = AFFILIATION.matcher(m.group("names")).replaceFirst("");
            if (isNobody(namesText)) {
                continue; // "Editor: Admin", "Penulis: Tim Redaksi": a credit line that names no one
            }
            Matcher sep = NAME_SEPARATOR.matcher(namesText);
            int last = 0;
            List<int[]> names = new ArrayList<>();
            while (sep.find()) {
                names.add(new int[] {last, sep.start()});
                last = sep.end();
            }
            names.add(new int[] {last, namesText.length()});
            for (int[] n : names) {
                String name = namesText.substring(n[0], n[1]).strip();
                if (!isName(name)) {
                    return null;
                }
                int at = namesStart + namesText.indexOf(name, n[0]);
                roles.forEach(role -> found.add(new Found(name, role, at, at + name.length())));
            }
        }
        return new Result(found, List.of(), null);
    }

    private List<CreditRole> roles(String labelText) {
        List<CreditRole> roles = new ArrayList<>();
        for (String l : labelText.split("\\s*(?:&|/|,|\\bdan\\b|\\band\\b)\\s*")) {
            CreditRole r = labels.get(l.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (r != null && !roles.contains(r)) {
                roles.add(r);
            }
        }
        return roles;
    }

    private Result deskCodes(String line) {
        Matcher m = DESK.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String[] codes = m.group(1).split("\\s*/\\s*");
        List<String> agencyNames = new ArrayList<>();
        List<int[]> people = new ArrayList<>();
        int from = m.start(1);
        for (String code : codes) {
            int at = line.indexOf(code, from);
            from = at + code.length();
            String agency = agencies.get(code.toLowerCase(Locale.ROOT));
            if (agency != null) {
                agencyNames.add(agency);
            } else if (!nonNames.contains(code.toLowerCase(Locale.ROOT))) {
                people.add(new int[] {at, at + code.length()});
            }
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String code = line.substring(people.get(i)[0], people.get(i)[1]);
            boolean last = i == people.size() - 1;
            CreditRole role = REPORTER_CODE.matcher(code).matches() || !last ? CreditRole.REPORTER : CreditRole.EDITOR;
            found.add(new Found(code, role, people.get(i)[0], people.get(i)[1]));
        }
        return new Result(found, agencyNames, null);
    }

    private boolean isNobody(String names) {
        String[] words = names.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return java.util.Arrays.stream(words).allMatch(nonNames::contains);
    }

    private boolean isName(String name) {
        return !name.isEmpty() && name.length() <= 60 && name.split("\\s+").length <= 6
                && NAME.matcher(name).matches() && !nonNames.contains(name.toLowerCase(Locale.ROOT));
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
