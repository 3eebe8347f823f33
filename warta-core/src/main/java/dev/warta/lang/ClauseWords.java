package dev.warta.lang;

import java.util.Set;

/**
 * Function words that decide whether and how a clause reports an event, lower case.
 * {@code negators} ("tidak", "belum", "not") and {@code hypotheticals} ("jika", "if") and
 * {@code futures} ("akan", "will") before a trigger mean the event is not a fact; {@code denials}
 * ("membantah", "denied") do the same for the clause they govern. {@code passiveAuxiliaries} ("was")
 * turn an active form passive; {@code passiveAgents} ("oleh", "by") introduce the doer of a passive;
 * {@code partners} ("dengan", "with") the other side of a reciprocal; {@code targetMarkers}
 * ("terhadap", "kepada", "against") a target; {@code between} ("antara", "between") the two sides of a
 * noun; {@code conjunctions} join two actors; {@code clauseBreaks} end the search for a clause's actors;
 * {@code locatives} ("di", "in") introduce where it happened; a trigger after an {@code intensifier}
 * ("paling mendesak") is an adjective; a noun trigger followed by an {@code anaphor} ("serangan itu")
 * refers back to an event already told; a noun after a {@code lightVerb} ("menggelar pertemuan") takes
 * the verb's subject; {@code pluralSuffixes} ("s", "es") let an agent word match its plural;
 * {@code bothSides} ("kedua pihak", "both sides") stand for the two sides of the last interaction told;
 * {@code quantities} ("puluhan", "dua") may stand between a trigger's verb and its object noun;
 * {@code objectNouns} ("penangkapan", "penculikan") are said of whom they are done to, not of their doer;
 * {@code recipients} ("kepada") introduce whom a verb's object is given or sent to, its target;
 * {@code members} ("petugas", "ketua", "delegasi") name someone of the actor after them, who acts as it;
 * {@code requestComplements} ("agar", "supaya") introduce what a request asks, its addressee first;
 * {@code sourceMarkers} ("dari", "from") introduce whom a receiving verb's object comes from;
 * {@code relativizers} ("yang", "who") open a relative clause, whose verb tells an act of its own;
 * {@code lawTitles} ("undang-undang", "RUU") begin the title of a law, whose words name no actor ("revisi
 * Undang-Undang TNI"); {@code boundaries} ("perbatasan", "berbatasan") take the place after "dengan" as
 * what they border, not as a partner; {@code foreign} ("asing") after an agent says it is of no country the
 * text names ("lembaga bantuan asing"); {@code companyForms} ("PT") begin a company's name, which runs on over
 * the capitalized words after them; {@code objectEnclitics} ("-nya") on a verb stand for its object told before
 * ("menahannya"); {@code parties} ("pihak-pihak") with a relative clause naming a country ("yang bertikai di
 * Sudan") are that country's sides; {@code placeNouns} ("perairan", "kawasan") name a kind of place, so that
 * the name after them in a locative is a place too ("di perairan Darwin").
 */
public record ClauseWords(Set<String> negators, Set<String> hypotheticals, Set<String> futures, Set<String> denials,
                          Set<String> passiveAuxiliaries, Set<String> passiveAgents, Set<String> partners,
                          Set<String> targetMarkers, Set<String> between, Set<String> conjunctions,
                          Set<String> clauseBreaks, Set<String> locatives, Set<String> intensifiers,
                          Set<String> anaphors, Set<String> lightVerbs, Set<String> pluralSuffixes,
                          Set<String> bothSides, Set<String> quantities,
                          Set<String> objectNouns, Set<String> recipients,
                          Set<String> members, Set<String> requestComplements,
                          Set<String> sourceMarkers, Set<String> relativizers, Set<String> lawTitles,
                          Set<String> boundaries, Set<String> foreign, Set<String> companyForms,
                          Set<String> objectEnclitics, Set<String> parties,
                          Set<String> placeNouns) {

    static ClauseWords from(KeyedWords words) {
        return new ClauseWords(words.get("negators"), words.get("hypotheticals"), words.get("futures"),
                words.get("denials"), words.get("passive-auxiliaries"), words.get("passive-agents"),
                words.get("partners"), words.get("target-markers"), words.get("between"),
                words.get("conjunctions"), words.get("clause-breaks"), words.get("locatives"),
                words.get("intensifiers"), words.get("anaphors"), words.get("light-verbs"),
                words.get("plural-suffixes"), words.get("both-sides"), words.get("quantities"),
                words.get("object-nouns"), words.get("recipients"),
                words.get("members"), words.get("request-complements"),
                words.get("source-markers"), words.get("relativizers"), words.get("law-titles"),
                words.get("boundaries"), words.get("foreign"), words.get("company-forms"),
                words.get("object-enclitics"), words.get("parties"),
                words.get("place-nouns"));
    }
}
