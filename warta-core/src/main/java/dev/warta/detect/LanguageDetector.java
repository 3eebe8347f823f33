package dev.warta.detect;

import java.util.Optional;

/** Tells the language of a text as an ISO 639-1 code, or nothing when it cannot tell. */
public interface LanguageDetector {
    Optional<String> detect(String text);
}
