package dev.warta.lang;

import java.util.Set;

/**
 * Words that attribute speech, lower case. {@code after}: verbs that follow a quote and precede or
 * carry its speaker ("kata", "ujarnya", "said"); {@code before}: verbs that introduce reported or
 * quoted content ("mengatakan", "menegaskan", "told"); {@code accordingTo}: "menurut", "according to";
 * {@code pronouns}: words standing for a speaker named earlier ("ia", "dia", "he"); {@code pronounSuffixes}:
 * enclitics doing the same on the verb ("-nya" of "katanya"); {@code demonstratives}: words after a bare
 * role that point back ("juru bicara itu"); {@code complementizers}: "bahwa", "that"; {@code addressed}: verbs
 * whose addressee comes first, so that what was said follows only a complementizer ("told reporters that");
 * {@code preambles}: words that open a phrase of place or time between a verb and what was said ("said
 * here on Monday", "said on Monday it was ..."); {@code affiliations}: words that tie a person to the
 * organization after them, so that the person speaks ("X of the Centre said", "X dari LIPI mengatakan").
 */
public record SpeechWords(Set<String> after, Set<String> before, Set<String> accordingTo, Set<String> pronouns,
                          Set<String> pronounSuffixes, Set<String> demonstratives, Set<String> complementizers,
                          Set<String> addressed, Set<String> preambles, Set<String> affiliations) {

    static SpeechWords from(KeyedWords words) {
        return new SpeechWords(words.get("after"), words.get("before"), words.get("according-to"),
                words.get("pronouns"), words.get("pronoun-suffixes"), words.get("demonstratives"),
                words.get("complementizers"), words.get("addressed"), words.get("preambles"),
                words.get("affiliations"));
    }
}
