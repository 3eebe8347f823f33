package dev.warta.lang;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a language cites where facts come from. After a strong cue ("dilansir dari") any proper
 * name is a cited source; after a weak cue ("according to", which also introduces people) only
 * an outlet is. {@code fillers} may stand between cue and name ("laman resmi", "kantor berita"),
 * longest first. Cues are written in lower case: they are matched against lower-cased text, and only
 * where a word of {@code cueWords} (the words a cue can begin with) starts.
 */
public record CitationRules(List<Pattern> cues, List<Pattern> weakCues, List<String> fillers, Set<String> cueWords) {
}
