package dev.warta.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSegmenterTest {
    private static final Languages LANGUAGES = Languages.discover();
    private static final Language ID = LANGUAGES.get("id").orElseThrow();
    private static final Language EN = LANGUAGES.get("en").orElseThrow();

    private final RuleSegmenter segmenter = new RuleSegmenter();

    /** Segments text whose paragraphs are its lines and checks the offsets of what comes back. */
    private List<String> sentences(String text, Language language) {
        List<Sentence> found = segmenter.segment(text, lines(text), language);
        List<String> out = new ArrayList<>();
        for (Sentence s : found) {
            String sentence = s.span().of(text);
            assertThat(sentence).isEqualTo(sentence.strip());
            assertThat(s.span().start()).isEqualTo(s.tokens().getFirst().span().start());
            assertThat(s.span().end()).isEqualTo(s.tokens().getLast().span().end());
            out.add(sentence);
        }
        assertTokensExact(text, found.stream().flatMap(s -> s.tokens().stream()).toList());
        return out;
    }

    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                out.add(new Span(start, start + line.length()));
            }
            start += line.length() + 1;
        }
        return out;
    }

    private static List<String> tokens(String text, Language language) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length(), language);
        assertTokensExact(text, tokens);
        return tokens.stream().map(t -> t.span().of(text)).toList();
    }

    /** Tokens come in order, do not overlap, hold no space and leave out nothing but spaces. */
    private static void assertTokensExact(String text, List<Token> tokens) {
        int previous = 0;
        for (Token t : tokens) {
            assertThat(t.span().start()).isGreaterThanOrEqualTo(previous);
            assertThat(text.substring(previous, t.span().start())).isBlank();
            assertThat(t.span().of(text)).isNotBlank().doesNotContainAnyWhitespaces();
            previous = t.span().end();
        }
    }

    @Nested
    class Abbreviations {
        @Test
        void titlesBeforeNamesDoNotEndASentence() {
            String text = "Rektor Prof. Dr. Ova Emilia meresmikan gedung baru. Acara itu dihadiri ratusan mahasiswa.";
            assertThat(sentences(text, ID)).containsExactly(
                    "Rektor Prof. Dr. Ova Emilia meresmikan gedung baru.",
                    "Acara itu dihadiri ratusan mahasiswa.");
        }

        @Test
        void hajiAndHajjahDoNotEndASentence() {
            String text = "Bupati H. Ahmad Mulyadi dan istrinya Hj. Siti Aminah hadir di lokasi. Keduanya tiba pagi.";
            assertThat(sentences(text, ID)).containsExactly(
                    "Bupati H. Ahmad Mulyadi dan istrinya Hj. Siti Aminah hadir di lokasi.",
                    "Keduanya tiba pagi.");
        }

        @Test
        void streetAndNumberDoNotEndASentence() {
            String text = "Kantor itu berada di Jl. Merdeka No. 12, Kota Bandung. Polisi menutup jalan tersebut.";
            assertThat(sentences(text, ID)).containsExactly(
                    "Kantor itu berada di Jl. Merdeka No. 12, Kota Bandung.",
                    "Polisi menutup jalan tersebut.");
        }

        @Test
        void academicDegreesStayWholeAndDoNotEndASentence() {
            String text = "Diskusi menghadirkan Budi Santoso, S.H., M.Si. Keduanya pakar hukum tata negara.";
            assertThat(tokens(text, ID)).contains("S.H.", "M.Si.");
            // a degree is more often followed by a name or a title than by a new sentence
            assertThat(sentences(text, ID)).hasSize(1);
            assertThat(sentences("Pengamat Andi Wijaya, M.Si. menilai langkah itu tepat.", ID)).hasSize(1);
        }

        @Test
        void dottedInitialismsBeforeANameDoNotEndASentence() {
            assertThat(sentences("Presiden A.S. Donald Trump tiba di Jakarta.", ID)).hasSize(1);
        }

        @Test
        void dllInsideASentenceDoesNotEndIt() {
            String text = "Warga membawa beras, minyak goreng, gula, dll. untuk dibagikan kepada korban banjir.";
            assertThat(sentences(text, ID)).containsExactly(text);
        }

        @Test
        void dllBeforeACapitalisedSentenceEndsIt() {
            String text = "Bantuan berupa beras, minyak goreng, gula, dll. Semua bantuan disalurkan lewat kelurahan.";
            assertThat(sentences(text, ID)).containsExactly(
                    "Bantuan berupa beras, minyak goreng, gula, dll.",
                    "Semua bantuan disalurkan lewat kelurahan.");
        }

        @Test
        void tbkEndsASentenceBeforeAWordButNotBeforeATicker() {
            String text = "Saham PT Bank Central Asia Tbk. (BBCA) naik 2 persen. Laba PT Astra International Tbk. "
                    + "Perseroan mencatat kenaikan.";
            assertThat(sentences(text, ID)).containsExactly(
                    "Saham PT Bank Central Asia Tbk. (BBCA) naik 2 persen.",
                    "Laba PT Astra International Tbk.",
                    "Perseroan mencatat kenaikan.");
        }

        @Test
        void initialInsideANameDoesNotEndASentence() {
            String text = "Jalan Abdul H. Nasution ditutup sementara. Pengendara diminta memutar lewat Jalan Sudirman.";
            assertThat(sentences(text, ID)).containsExactly(
                    "Jalan Abdul H. Nasution ditutup sementara.",
                    "Pengendara diminta memutar lewat Jalan Sudirman.");
        }
    }

    @Nested
    class Numbers {
        @Test
        void rupiahAmountsWithAndWithoutSpace() {
            String text = "Nilai proyek itu mencapai Rp1.000,5 miliar. Rp 16.610 per dolar AS menjadi posisi terlemah.";
            assertThat(sentences(text, ID)).containsExactly(
                    "Nilai proyek itu mencapai Rp1.000,5 miliar.",
                    "Rp 16.610 per dolar AS menjadi posisi terlemah.");
            assertThat(tokens(text, ID)).containsSubsequence("Rp", "1.000,5", "miliar", ".", "Rp", "16.610", "per");
        }

        @Test
        void decimalsAndThousandsStayWhole() {
            String text = "Produksi mencapai 1.000,5 ribu ton, sedangkan suku bunga tetap 4,75 persen. "
                    + "Keputusan itu bulat.";
            assertThat(sentences(text, ID)).hasSize(2);
            assertThat(tokens(text, ID)).contains("1.000,5", "4,75").doesNotContain("1", "000", "5", "4", "75");
        }

        @Test
        void clockTimesDoNotEndASentence() {
            String text = "Rapat dimulai pukul 14.30 WIB. Sebanyak 20 anggota dewan hadir.";
            assertThat(sentences(text, ID)).containsExactly("Rapat dimulai pukul 14.30 WIB.",
                    "Sebanyak 20 anggota dewan hadir.");
            assertThat(tokens(text, ID)).contains("14.30");
        }

        @Test
        void aSentenceMayStartWithADigit() {
            assertThat(sentences("Gempa terjadi Senin pagi. 12 rumah rusak berat.", ID))
                    .containsExactly("Gempa terjadi Senin pagi.", "12 rumah rusak berat.");
        }
    }

    @Nested
    class Quotations {
        @Test
        void quoteWithItsSpeechVerbIsOneSentence() {
            assertThat(sentences("\"Kami siap,\" kata dia.", ID)).containsExactly("\"Kami siap,\" kata dia.");
        }

        @Test
        void sentencesInsideAnAttributedQuoteStayWithTheAttribution() {
            String text = "\"Kami siap. Semua sudah disiapkan,\" ujar Budi. Ia lalu meninggalkan lokasi.";
            assertThat(sentences(text, ID)).containsExactly(
                    "\"Kami siap. Semua sudah disiapkan,\" ujar Budi.",
                    "Ia lalu meninggalkan lokasi.");
        }

        @Test
        void curlyQuotesWorkTheSame() {
            String text = "“Kami siap. Semua sudah disiapkan,” ujar Budi. “Kami siap,” kata dia.";
            assertThat(sentences(text, ID)).containsExactly(
                    "“Kami siap. Semua sudah disiapkan,” ujar Budi.",
                    "“Kami siap,” kata dia.");
        }

        @Test
        void quoteEndingInAPeriodEndsTheSentenceAfterTheClosingMark() {
            String text = "Budi berkata, \"Kami siap. Semua sudah disiapkan.\" Ia lalu pergi.";
            assertThat(sentences(text, ID)).containsExactly(
                    "Budi berkata, \"Kami siap.",
                    "Semua sudah disiapkan.\"",
                    "Ia lalu pergi.");
        }

        @Test
        void questionInsideAQuoteBeforeItsSpeechVerb() {
            String text = "\"Mengapa harus sekarang?\" tanya seorang warga. \"Tunggu dulu!\" seru yang lain.";
            assertThat(sentences(text, ID)).containsExactly(
                    "\"Mengapa harus sekarang?\" tanya seorang warga.",
                    "\"Tunggu dulu!\" seru yang lain.");
        }

        @Test
        void anUnclosedQuoteDoesNotSwallowTheParagraph() {
            String text = "\"Kami siap. Semua sudah disiapkan. Kami berangkat besok pagi.";
            assertThat(sentences(text, ID)).hasSize(3);
        }

        @Test
        void parenthesisedCreditAfterTheLastSentenceIsItsOwn() {
            assertThat(sentences("Bantuan tiba kemarin. (ant/red)", ID))
                    .containsExactly("Bantuan tiba kemarin.", "(ant/red)");
        }
    }

    @Nested
    class Punctuation {
        @Test
        void questionAndExclamationMarksEndSentences() {
            String text = "Apa penyebab kebakaran itu? Polisi masih menyelidikinya. Warga diminta tetap tenang! "
                    + "Benarkah?! Ia tidak menjawab.";
            assertThat(sentences(text, ID)).containsExactly("Apa penyebab kebakaran itu?",
                    "Polisi masih menyelidikinya.", "Warga diminta tetap tenang!", "Benarkah?!", "Ia tidak menjawab.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"…", "..."})
        void ellipsisEndsASentenceOnlyBeforeACapital(String ellipsis) {
            String text = "Ia terdiam" + ellipsis + " lalu menangis. Ia terdiam" + ellipsis + " Tidak ada yang bicara.";
            assertThat(sentences(text, ID)).containsExactly("Ia terdiam" + ellipsis + " lalu menangis.",
                    "Ia terdiam" + ellipsis, "Tidak ada yang bicara.");
        }

        @Test
        void aPeriodWithoutASpaceAfterItEndsNothing() {
            assertThat(sentences("Skor akhir 2.1 untuk tuan rumah.Pertandingan berjalan keras.", ID)).hasSize(1);
        }
    }

    @Nested
    class English {
        @Test
        void titlesAndInitialismsDoNotEndASentence() {
            String text = "Mr. Smith met U.S. Treasury officials in Jakarta. The talks went well.";
            assertThat(sentences(text, EN)).containsExactly("Mr. Smith met U.S. Treasury officials in Jakarta.",
                    "The talks went well.");
        }

        @Test
        void companySuffixEndsASentenceBeforeACapital() {
            String text = "Shares of Acme Inc. rose 2 percent. The deal was signed with Acme Inc. "
                    + "The terms were not disclosed.";
            assertThat(sentences(text, EN)).containsExactly("Shares of Acme Inc. rose 2 percent.",
                    "The deal was signed with Acme Inc.", "The terms were not disclosed.");
        }

        @Test
        void clockAbbreviationEndsASentenceBeforeACapital() {
            String text = "The meeting ended at 3 p.m. local time. Officials left at 5 p.m. The minister stayed.";
            assertThat(sentences(text, EN)).containsExactly("The meeting ended at 3 p.m. local time.",
                    "Officials left at 5 p.m.", "The minister stayed.");
        }

        @Test
        void initialismAtTheEndOfAParagraphKeepsItsPeriod() {
            String text = "The company moved its headquarters to the U.S.\nIt now employs 300 people.";
            assertThat(sentences(text, EN)).containsExactly("The company moved its headquarters to the U.S.",
                    "It now employs 300 people.");
        }
    }

    @Nested
    class Paragraphs {
        @Test
        void aParagraphEndAlwaysEndsASentence() {
            String text = "Harga BBM naik\nBantuan berupa beras, gula, dll.\nPenyaluran dimulai Prof.\nbesok pagi.";
            assertThat(sentences(text, ID)).containsExactly("Harga BBM naik", "Bantuan berupa beras, gula, dll.",
                    "Penyaluran dimulai Prof.", "besok pagi.");
        }

        @Test
        void offsetsAreThoseOfTheWholeText() {
            String text = "Judul berita\n\n  Paragraf kedua dimulai di sini. Kalimat berikutnya.  \n";
            List<Sentence> found = segmenter.segment(text, List.of(new Span(14, text.length() - 1)), ID);
            assertThat(found).extracting(s -> s.span().of(text))
                    .containsExactly("Paragraf kedua dimulai di sini.", "Kalimat berikutnya.");
            assertThat(found.getFirst().span().start()).isEqualTo(text.indexOf("Paragraf"));
        }

        @Test
        void aBlankParagraphHasNoSentence() {
            assertThat(segmenter.segment("   ", List.of(new Span(0, 3)), ID)).isEmpty();
        }
    }

    @Nested
    class Tokens {
        @Test
        void wordsNumbersAndAddresses() {
            String text = "Ia disebut-sebut hadir pada Jum'at (27/12/2025) saat BI-Rate naik, lihat kumparan.com "
                    + "atau https://example.com/a?b=1 pada 27/12/2025.";
            assertThat(tokens(text, ID)).containsExactly("Ia", "disebut-sebut", "hadir", "pada", "Jum'at", "(",
                    "27/12/2025", ")", "saat", "BI-Rate", "naik", ",", "lihat", "kumparan.com", "atau",
                    "https://example.com/a?b=1", "pada", "27/12/2025", ".");
        }

        @Test
        void currencyAndPercent() {
            String text = "Exports reached US$4.1 billion, up 10,5% from a year earlier.";
            assertThat(tokens(text, EN)).containsExactly("Exports", "reached", "US$", "4.1", "billion", ",", "up",
                    "10,5%", "from", "a", "year", "earlier", ".");
        }

        @Test
        void urlLeavesItsTrailingPunctuation() {
            assertThat(tokens("Lihat https://example.com/a?b=1. Juga (kumparan.com).", ID)).containsExactly("Lihat",
                    "https://example.com/a?b=1", ".", "Juga", "(", "kumparan.com", ")", ".");
        }

        @Test
        void abbreviationsKeepTheirPeriodAndOtherWordsDoNot() {
            assertThat(tokens("Dr. Rina ke Jl. Sudirman, dll. Ia pulang.", ID)).containsExactly("Dr.", "Rina", "ke",
                    "Jl.", "Sudirman", ",", "dll.", "Ia", "pulang", ".");
        }

        @Test
        void tokenizesOnlyTheGivenRangeWithOffsetsOfTheWholeText() {
            String text = "xx Kalimat pendek. yy";
            List<Token> tokens = new Tokenizer().tokenize(text, 3, 18, ID);
            assertThat(tokens).extracting(t -> t.span().of(text)).containsExactly("Kalimat", "pendek", ".");
            assertThat(tokens.getFirst().span()).isEqualTo(new Span(3, 10));
        }
    }
}
