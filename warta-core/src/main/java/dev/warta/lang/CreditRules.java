package dev.warta.lang;

import dev.warta.model.CreditRole;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a language labels credits. {@code labels} maps a lower-case label ("redaktur") to its role.
 * {@code reporterLine} matches, from its start, a line naming the reporter ("Laporan Wartawan X, Name") with
 * the named groups {@code outlet} and {@code name}, or is null when the language has no such line. {@code agencyCodes} maps desk codes that
 * stand for a news agency ("ant") to the agency's name.
 */
public record CreditRules(Map<String, CreditRole> labels, Pattern reporterLine, Map<String, String> agencyCodes,
                          Set<String> nonNames) {
}
