package dev.warta.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.DateMention;
import dev.warta.model.DatePrecision;
import dev.warta.model.DateValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {
    private static final DateFinder FINDER =
            new DateFinder(Languages.discover().all().stream().map(Language::calendar).toList());

    /** Each mention as "covered text = iso precision". */
    private static List<String> found(String text, LocalDate reference) {
        return FINDER.find(text, reference).stream()
                .map(d -> d.span().of(text) + " = " + d.value().iso() + " " + d.value().precision())
                .toList();
    }

    private static List<String> found(String text) {
        return found(text, null);
    }

    @Nested
    class Indonesian {
        @Test
        void weekdayWithSlashedDateInParentheses() {
            assertThat(found("Banjir melanda Kota Bekasi pada Sabtu (27/12/2025) sore."))
                    .containsExactly("Sabtu (27/12/2025) = 2025-12-27 DAY");
        }

        @Test
        void timestampWithAbbreviatedMonthAndZone() {
            assertThat(found("Selasa, 25 Nov 2025 14:30 WIB"))
                    .containsExactly("Selasa, 25 Nov 2025 14:30 WIB = 2025-11-25T14:30+07:00 MINUTE");
        }

        @Test
        void dayMonthNameYear() {
            assertThat(found("Ia dilantik pada 29 Oktober 2013 di Istana Negara."))
                    .containsExactly("29 Oktober 2013 = 2013-10-29 DAY");
        }

        @Test
        void clockTimeAloneIsATime() {
            List<DateMention> found = FINDER.find("Rapat dimulai pukul 14.30 WIB di gedung DPRD.", null);
            assertThat(found).hasSize(1);
            DateValue v = found.getFirst().value();
            assertThat(v.iso()).isEqualTo("T14:30+07:00");
            assertThat(v.precision()).isEqualTo(DatePrecision.TIME);
            assertThat(v.time()).isEqualTo(LocalTime.of(14, 30));
            assertThat(v.hasFullDate()).isFalse();
        }

        @ParameterizedTest
        @CsvSource({"pukul 10.00 WIB, +07:00", "pukul 10.00 WITA, +08:00", "pukul 10.00 WIT, +09:00",
                "jam 10:00 wita, +08:00", "10.00 WIT, +09:00"})
        void zonesOfIndonesia(String text, String offset) {
            List<DateMention> found = FINDER.find("Pesawat mendarat " + text + " kemarin.", null);
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.value().offset()).isEqualTo(ZoneOffset.of(offset));
                assertThat(d.value().time()).isEqualTo(LocalTime.of(10, 0));
            });
        }

        @Test
        void dateAndTheTimeAfterItAreOneMention() {
            assertThat(found("Gempa terjadi pada Rabu (9/4/2025) pukul 05.12 WIB dan terasa hingga Padang."))
                    .containsExactly("Rabu (9/4/2025) pukul 05.12 WIB = 2025-04-09T05:12+07:00 MINUTE");
        }

        @Test
        void dateWithoutYearTakesTheYearOfTheReference() {
            String text = "Rapat digelar Senin (3/3) malam.";
            assertThat(found(text, LocalDate.of(2025, 3, 4))).containsExactly("Senin (3/3) = 2025-03-03 DAY");
            assertThat(found(text)).containsExactly("Senin (3/3) = --03-03 DAY");
        }

        @Test
        void dateWithoutYearNearTheNewYearTakesThePastYear() {
            assertThat(found("Kebakaran terjadi Rabu (31/12) dini hari.", LocalDate.of(2026, 1, 2)))
                    .containsExactly("Rabu (31/12) = 2025-12-31 DAY");
        }

        @Test
        void monthAndYear() {
            assertThat(found("Sejak Desember 2021, harga cabai terus naik."))
                    .containsExactly("Desember 2021 = 2021-12 MONTH");
        }

        @Test
        void severalDatesInOneSentenceInOrder() {
            assertThat(found("Sidang ditunda dari 3 Maret 2025 ke Kamis (10/4/2025)."))
                    .containsExactly("3 Maret 2025 = 2025-03-03 DAY", "Kamis (10/4/2025) = 2025-04-10 DAY");
        }
    }

    @Nested
    class English {
        @Test
        void monthDayCommaYear() {
            assertThat(found("The law took effect on November 3, 2025, officials said."))
                    .containsExactly("November 3, 2025 = 2025-11-03 DAY");
        }

        @Test
        void dayMonthYear() {
            assertThat(found("The summit ended on 3 November 2025 in Jakarta."))
                    .containsExactly("3 November 2025 = 2025-11-03 DAY");
        }

        @Test
        void dayMonthCommaYearAndOrdinalDay() {
            assertThat(found("Posted 19 Dec, 2025 by the desk.")).containsExactly("19 Dec, 2025 = 2025-12-19 DAY");
            assertThat(found("By Ann Lee 12th February 2025")).containsExactly("12th February 2025 = 2025-02-12 DAY");
        }

        @Test
        void weekdayWithAbbreviatedMonthAndNoYear() {
            String text = "The ministry said on Monday, Nov. 3, that exports rose.";
            assertThat(found(text, LocalDate.of(2025, 11, 5))).containsExactly("Monday, Nov. 3 = 2025-11-03 DAY");
            assertThat(found(text)).containsExactly("Monday, Nov. 3 = --11-03 DAY");
        }

        @Test
        void greenwichTime() {
            assertThat(found("The vote closed on 3 November 2025 at 14:00 GMT."))
                    .containsExactly("3 November 2025 at 14:00 GMT = 2025-11-03T14:00Z MINUTE");
        }
    }

    @Nested
    class NotDates {
        @ParameterizedTest
        @ValueSource(strings = {
                "Bank Indonesia menahan suku bunga di level 4,75 persen.",
                "Sebanyak 1/2 dari anggaran sudah terserap.",
                "Persija menang dengan skor 2-1 atas Persib.",
                "Harga cabai naik 10.00 persen dalam sepekan.",
                "Acara dimulai 10.00 dan selesai siang.",
                "Promo mar 15 dan des 20 hanya untuk anggota.",
                "Thousands march 5 kilometres to the palace.",
                "Rapat digelar Senin, 31/2/2025 di balai kota.",
                "Rapat digelar Senin (31/2/2025) di balai kota.",
                "Antrean mengular selama 24 jam 12.500 orang menunggu.",
                "Bunga naik 4.75 percent, the bank said on 12.30.",
                "Aturan itu tertuang dalam PBI Nomor 7/1/PBI/2005."})
        void findsNothing(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class Whole {
        @Test
        void timestampLineIsOneDateTime() {
            DateMention d = FINDER.whole("Senin, 24 Februari 2025 - 16:45 WIB", null);
            assertThat(d).isNotNull();
            assertThat(d.value().iso()).isEqualTo("2025-02-24T16:45+07:00");
            assertThat(d.value().precision()).isEqualTo(DatePrecision.MINUTE);
            assertThat(d.value().date()).isEqualTo(LocalDate.of(2025, 2, 24));
        }

        @ParameterizedTest
        @ValueSource(strings = {"24/02/2025, 16:45 WIB", "Senin, 24/02/2025 | 16:45 WIB",
                "Senin, 24 Feb 2025 16:45 WIB"})
        void otherTimestampLines(String line) {
            DateMention d = FINDER.whole(line, null);
            assertThat(d).isNotNull();
            assertThat(d.value().iso()).isEqualTo("2025-02-24T16:45+07:00");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Senin, 24 Februari 2025 - 16:45 WIB | Olahraga",
                "Diperbarui Senin, 24 Februari 2025", "Tidak ada tanggal di sini", ""})
        void lineWithMoreThanADateIsNotOne(String line) {
            assertThat(FINDER.whole(line, null)).isNull();
        }
    }

    @Nested
    class Iso {
        @Test
        void dateTimeWithOffset() {
            DateValue v = IsoDates.parse("2025-11-19T15:20:00+07:00");
            assertThat(v.iso()).isEqualTo("2025-11-19T15:20+07:00");
            assertThat(v.precision()).isEqualTo(DatePrecision.MINUTE);
        }

        @Test
        void plainDate() {
            DateValue v = IsoDates.parse(" 2025-11-19 ");
            assertThat(v).isEqualTo(DateValue.ofDay(LocalDate.of(2025, 11, 19)));
        }

        @ParameterizedTest
        @CsvSource({"2025-11-19T08:20:00Z, 2025-11-19T08:20Z", "2025-11-19T15:20:00.000+0700, 2025-11-19T15:20+07:00",
                "2025-11-19 15:20:00, 2025-11-19T15:20", "2025-11-19T15:20, 2025-11-19T15:20"})
        void commonMetadataForms(String text, String iso) {
            assertThat(IsoDates.parse(text).iso()).isEqualTo(iso);
        }

        @Test
        void feedDatesInRfc1123() {
            assertThat(IsoDates.parse("Fri, 17 Jan 2025 08:30:00 +0700").iso()).isEqualTo("2025-01-17T08:30+07:00");
            assertThat(IsoDates.parse("Fri, 17 Jan 2025 01:30:00 GMT").iso()).isEqualTo("2025-01-17T01:30Z");
        }

        @ParameterizedTest
        @ValueSource(strings = {"kemarin sore", "2025-13-40", "19/11/2025", "   "})
        void garbageIsNull(String text) {
            assertThat(IsoDates.parse(text)).isNull();
        }

        @Test
        void nullIsNull() {
            assertThat(IsoDates.parse(null)).isNull();
        }
    }
}
