package dev.warta.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.Warta;
import dev.warta.gazetteer.CityPoints;
import dev.warta.gazetteer.PlaceCountries;
import dev.warta.model.ContentType;
import dev.warta.model.Document;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GDELT rows of a document analysed by the real pipeline. */
class GdeltEventWriterTest {
    static final String TEXT = "JAKARTA - Polisi menangkap dua tersangka pengedar narkoba di Medan, Rabu (11/6/2025). "
            + "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur, "
            + "Kamis (12/6/2025).\n\n"
            + "Kedua pemimpin membahas kerja sama perbatasan.\n\n"
            + "Di Surabaya, polisi menangkap seorang pencuri sepeda motor, Jumat (13/6/2025).";
    static final Instant RUN = Instant.parse("2025-06-14T03:04:05Z");
    private static Warta warta;
    private static Document doc;
    private static List<String[]> rows;

    @BeforeAll
    static void analyse() {
        warta = Warta.create();
        doc = analyse(TEXT, new SourceRef("x.txt", 0, null));
        rows = split(new GdeltEventWriter(RUN).rows(doc));
    }

    private static Document analyse(String text, SourceRef source) {
        return warta.analyze(new RawDocument(source, ContentType.TEXT, text, SourceMetadata.NONE));
    }

    private static List<String[]> split(List<String> lines) {
        return lines.stream().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void oneRowOf61ColumnsPerEventInOrder() {
        assertThat(doc.events()).hasSize(3);
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(GdeltEventWriter.COLUMNS));
        assertThat(rows).extracting(r -> r[26]).containsExactly("173", "040", "173");
        assertThat(rows).allSatisfy(r -> assertThat(r).noneMatch(f -> f.contains("\n") || f.contains("\r")));
    }

    @Test
    void arrestByPolice() {
        String[] r = rows.get(0);
        assertThat(List.of(r[1], r[2], r[3], r[4])).containsExactly("20250611", "202506", "2025", "2025.4411");
        assertThat(List.of(r[5], r[6], r[7], r[8], r[12])).containsExactly("IDNCOP", "POLISI", "IDN", "", "COP");
        assertThat(List.of(r[15], r[17], r[22])).containsExactly("IDNCRM", "IDN", "CRM");
        assertThat(List.of(r[25], r[26], r[27], r[28], r[29], r[30])).containsExactly("1", "173", "173", "17", "4", "-5");
        assertThat(List.of(r[31], r[32], r[33], r[34])).containsExactly("1", "1", "1", "0");
        assertThat(List.of(r[51], r[52], r[53], r[54], r[56], r[57], r[58]))
                .containsExactly("4", "Medan, Indonesia", "ID", "", "3.58333", "98.66667", "1214520");
        assertThat(List.of(r[59], r[60])).containsExactly("20250614030405", "x.txt");
    }

    @Test
    void meetingOfTwoLeaders() {
        String[] r = rows.get(1);
        assertThat(List.of(r[1], r[4])).containsExactly("20250612", "2025.4438");
        assertThat(List.of(r[5], r[6], r[7], r[12])).containsExactly("IDNGOV", "PRABOWO SUBIANTO", "IDN", "GOV");
        assertThat(List.of(r[15], r[16], r[17], r[22])).containsExactly("MYSGOV", "ANWAR IBRAHIM", "MYS", "GOV");
        assertThat(List.of(r[25], r[26], r[27], r[28], r[29], r[30])).containsExactly("1", "040", "040", "04", "1", "1");
        assertThat(List.of(r[35], r[36], r[43])).as("persons have no place").containsExactly("0", "", "0");
        assertThat(List.of(r[51], r[52], r[53])).containsExactly("4", "Kuala Lumpur, Malaysia", "MY");
    }

    @Test
    void onlyTheLeadIsRoot() {
        assertThat(rows.get(2)[25]).isEqualTo("0");
        assertThat(rows.get(2)[1]).isEqualTo("20250613");
    }

    @Test
    void idsAreStablePositiveAndDistinct() {
        List<String> ids = rows.stream().map(r -> r[0]).toList();
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(Long.parseLong(id)).isPositive());
        assertThat(ids.get(1)).isEqualTo(Long.toString(GdeltEventWriter.eventId(doc.id(), 1)));
        assertThat(split(new GdeltEventWriter(Instant.now()).rows(doc))).extracting(r -> r[0])
                .containsExactlyElementsOf(ids);
    }

    @Test
    void undatedEventsTakeTheDayOfTheRunAndTheUrlIsTheSource() throws IOException {
        Document d = analyse("Polisi menangkap dua tersangka pengedar narkoba di Medan.",
                new SourceRef("feed.jsonl", 3, "https://contoh.id/berita/1"));
        StringBuilder out = new StringBuilder();
        new GdeltEventWriter(RUN).write(d, out);
        String[] r = out.toString().split("\n")[0].split("\t", -1);
        assertThat(List.of(r[1], r[4], r[60])).containsExactly("20250614", "2025.4493", "https://contoh.id/berita/1");
    }

    @Test
    void countriesAreCountryMatches() {
        GeoColumns geo = new GeoColumns(PlaceCountries.shipped(), FipsCountries.shipped(), CityPoints.shipped());
        assertThat(geo.of("Malaysia", null)).containsExactly("1", "Malaysia", "MY", "MY", "", "", "", "MY");
        assertThat(geo.of(" ", null)).isEqualTo(GeoColumns.NONE);
    }

    @Test
    void citiesCarryTheirGeoNamesPoint() {
        GeoColumns geo = new GeoColumns(PlaceCountries.shipped(), FipsCountries.shipped(), CityPoints.shipped());
        assertThat(geo.of("Moscow", null)).containsExactly("4", "Moscow, Russia", "RS", "", "", "55.75222", "37.61556",
                "524901");
    }

    @Test
    void fieldsHoldNoTabsOrLineBreaks() {
        assertThat(GdeltEventWriter.clean("a\tb\r\nc\u2028d  e ")).isEqualTo("a b c d e");
        assertThat(GdeltEventWriter.number(-10.0)).isEqualTo("-10");
        assertThat(GdeltEventWriter.number(1.9)).isEqualTo("1.9");
        assertThat(GdeltEventWriter.fractionDate(LocalDate.of(2019, 1, 25))).isEqualTo("2019.0685");
    }
}
