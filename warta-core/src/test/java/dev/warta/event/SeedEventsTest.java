package dev.warta.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.Analyzed;
import dev.warta.SharedData;
import dev.warta.model.Document;
import dev.warta.model.Event;
import dev.warta.model.Quote;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What was said and what happened in the article that started the project. */
class SeedEventsTest {
    private static Document doc;

    @BeforeAll
    static void analyze() throws Exception {
        doc = Analyzed.text(Files.readString(SharedData.path("seeds/000_3316a73beb3f12b7.txt")));
    }

    private static Event at(String trigger) {
        // the trigger may take its light verb with it ("melakukan pembicaraan")
        return doc.events().stream().filter(e -> Analyzed.of(doc, e.trigger()).toLowerCase(Locale.ROOT)
                        .endsWith(trigger.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new AssertionError("no event at '" + trigger + "' in " + doc.events()));
    }

    private static String actor(Event e, boolean source) {
        var a = source ? e.source() : e.target();
        return a == null ? null : Analyzed.of(doc, a.span());
    }

    @Test
    void theTalksTheMeetingTheReviewTheRefusalTheAgreementAndTheDemand() {
        assertThat(at("pembicaraan").cameoRoot()).isEqualTo("04");
        assertThat(actor(at("pembicaraan"), true)).isEqualTo("Yuri Ushakov");
        Event meeting = at("pertemuan");
        assertThat(meeting.cameoCode()).isEqualTo("040");
        assertThat(actor(meeting, true)).isEqualTo("Dmitriev");
        assertThat(Analyzed.of(doc, meeting.location().span())).isEqualTo("Miami");
        assertThat(at("dikaji").cameoCode()).isEqualTo("014");
        Event refusal = at("memilih untuk tidak mengungkapkan");
        assertThat(refusal.cameoCode()).isEqualTo("011");
        assertThat(refusal.ploverType()).isNull();
        assertThat(Analyzed.name(doc, refusal.source().entityId())).contains("Peskov");
        Event agreement = at("sepakat");
        assertThat(agreement.ploverType()).isEqualTo("AGREE");
        assertThat(List.of(agreement.source().cameoCode(), agreement.target().cameoCode()))
                .containsExactlyInAnyOrder("RUSGOV", "USAGOV");
        Event demand = at("Tuntutan");
        assertThat(demand.ploverType()).isEqualTo("REQUEST");
        assertThat(demand.source().cameoCode()).isEqualTo("RUSGOV");
        assertThat(doc.events()).as("the seed states no publication date").allMatch(e -> e.dateBasis() == Event.DateBasis.ARTICLE);
    }

    @Test
    void peskovsTwoStatementsHaveHimAsSpeaker() {
        List<Quote> peskov = doc.quotes().stream()
                .filter(q -> String.valueOf(Analyzed.name(doc, q.speakerEntityId())).contains("Peskov")).toList();
        assertThat(peskov).extracting(q -> Analyzed.of(doc, q.content()))
                .anyMatch(c -> c.startsWith("kedua pihak sepakat"))
                .anyMatch(c -> c.startsWith("pihaknya memilih untuk tidak mengungkapkan"));
    }
}
