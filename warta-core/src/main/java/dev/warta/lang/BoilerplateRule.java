package dev.warta.lang;

import dev.warta.model.RemovalKind;
import java.util.regex.Pattern;

/**
 * A line that is page furniture. {@code pattern} is matched with {@code find()} against the
 * trimmed line; lines longer than {@code maxLength} are never matched (a body sentence that
 * mentions "WhatsApp" stays). When {@code headlinesFollow} is set and the line holds nothing
 * but the marker ("Baca Juga:"), the headline lines after it belong to it.
 */
public record BoilerplateRule(RemovalKind kind, Pattern pattern, int maxLength, boolean headlinesFollow) {

    public static BoilerplateRule line(RemovalKind kind, String regex, int maxLength) {
        return new BoilerplateRule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                maxLength, false);
    }

    public static BoilerplateRule related(RemovalKind kind, String regex, int maxLength) {
        return new BoilerplateRule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                maxLength, true);
    }

    public boolean matches(String trimmedLine) {
        return trimmedLine.length() <= maxLength && pattern.matcher(trimmedLine).find();
    }
}
