package dev.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.ContentType;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Main-content extraction on pages composed for these tests, in the styles of news portals and blogs. */
class MainContentTest {
    private static final List<Language> LANGUAGES = Languages.discover().all();
    private final HtmlExtractor extractor = new HtmlExtractor(LANGUAGES);
    // for the large pages of the limit tests: what they check is not speed, and a cold JVM on a busy
    // machine may need more than the default time limit for them
    private final HtmlExtractor patient = new HtmlExtractor(LANGUAGES, Duration.ofMinutes(1));

    private String text(String html) {
        return extractor.extract(page(html)).text();
    }

    private static RawDocument page(String html) {
        return new RawDocument(SourceRef.file("page.html"), ContentType.HTML, html,
                new SourceMetadata("https://contoh.id/berita/1", null, null, null, null));
    }

    private static String paragraphs(String... sentences) {
        StringBuilder b = new StringBuilder();
        for (String s : sentences) {
            b.append("<p>").append(s).append("</p>\n");
        }
        return b.toString();
    }

    private static final String[] BODY = {
        "Jakarta - Pemerintah provinsi menyiapkan 40 pompa air tambahan untuk mengantisipasi banjir di kawasan utara, "
                + "terutama di permukiman padat yang berada di dekat muara sungai.",
        "Kepala dinas sumber daya air mengatakan pompa itu akan ditempatkan di tujuh titik rawan, sementara petugas "
                + "disiagakan selama 24 jam hingga akhir musim hujan.",
        "Menurut dia, curah hujan pada Januari diperkirakan lebih tinggi dibandingkan rata-rata tahun lalu, sehingga "
                + "warga diminta tetap waspada dan membersihkan saluran di lingkungan masing-masing.",
        "Anggota DPRD meminta pemerintah juga memperbaiki tanggul yang rusak, karena beberapa bagian tanggul sudah "
                + "retak dan berisiko jebol apabila debit air naik secara tiba-tiba."};

    @Test
    void detikStyleBodyWithInlineFurniture() {
        String html = "<html><head><title>Pemprov Siapkan 40 Pompa - detikNews</title></head><body>"
                + "<header><nav><a href='/'>Home</a><a href='/news'>News</a><a href='/finance'>Finance</a></nav></header>"
                + "<div class='detail'><h1 class='detail__title'>Pemprov Siapkan 40 Pompa</h1>"
                + "<div class='detail__body-text itp_bodycontent'>"
                + "<p>" + BODY[0] + "</p>"
                + "<div class='parallaxindetail'><div class='ads'>ADVERTISEMENT</div>"
                + "<p>SCROLL TO CONTINUE WITH CONTENT</p></div>"
                + "<p>" + BODY[1] + "</p>"
                + "<table class='linksisip'><tr><td><div class='lihatjg'><strong>Baca juga:</strong>"
                + "<a href='/berita/2'>Banjir Rob Rendam Kawasan Pelabuhan</a></div></td></tr></table>"
                + paragraphs(BODY[2], BODY[3])
                + "<div class='figure-caption'><img src='a.jpg'><p>Petugas memeriksa pompa. (Foto: dok)</p></div>"
                + "</div><div class='share-box'><a href='#'>Bagikan</a><a href='#'>Tweet</a></div></div>"
                + "<div class='box-terpopuler'><h3>Terpopuler</h3><ul><li><a href='/x'>Harga Cabai Naik Lagi</a></li>"
                + "<li><a href='/y'>Jadwal KRL Berubah Mulai Senin</a></li></ul></div>"
                + "<footer>Hak cipta detikcom</footer></body></html>";
        String text = text(html);
        assertThat(text.lines().toList()).containsExactly(BODY);
    }

    @Test
    void contentSplitOverPageBuilderBlocks() {
        StringBuilder html = new StringBuilder("<html><body><div class='site'><div class='menu'><a href='/'>Beranda</a>"
                + "<a href='/a'>Politik</a></div><div class='page-builder'>");
        for (String p : BODY) {
            html.append("<div class='row'><div class='col'><div class='elementor-widget-container'><p>").append(p)
                    .append("</p></div></div></div>");
        }
        html.append("</div><div class='comments'><p>Komentar pembaca yang panjang dan tidak termasuk isi berita, ")
                .append("ditulis oleh pengunjung situs setelah artikel terbit.</p></div></div></body></html>");
        assertThat(text(html.toString()).lines().toList()).containsExactly(BODY);
    }

    @Test
    void headingsListsAndQuotesKeepTheirOrder() {
        String html = "<html><body><article><h1>Judul</h1>" + paragraphs(BODY[0])
                + "<h2>Titik rawan banjir</h2><ul><li>Kelurahan Penjaringan</li><li>Kelurahan Kamal Muara</li></ul>"
                + "<blockquote>Kami minta warga membersihkan saluran air setiap pekan.</blockquote>"
                + paragraphs(BODY[1], BODY[2]) + "</article></body></html>";
        assertThat(text(html).lines().toList()).containsExactly(BODY[0], "Titik rawan banjir",
                "Kelurahan Penjaringan", "Kelurahan Kamal Muara",
                "Kami minta warga membersihkan saluran air setiap pekan.", BODY[1], BODY[2]);
    }

    @Test
    void aListOfOtherArticlesUnderItsHeadingAfterTheStoryIsLeftOut() {
        String teasers = "<div><h3><a href='/a/2'>Tanggul Kali Angke Diperkuat Sebelum Puncak Hujan</a></h3>"
                + "<p>Pekerjaan penguatan tanggul sepanjang dua kilometer ditargetkan selesai bulan depan, kata dinas.</p>"
                + "</div><div><h3><a href='/a/3'>Warga Muara Angke Bersihkan Saluran Bersama</a></h3>"
                + "<p>Ratusan warga turun ke saluran pada Minggu pagi untuk mengangkat sampah dan lumpur.</p></div>";
        for (String heading : List.of("Berita Terkait", "ARTIKEL LAINNYA:", "You might also like", "More from Contoh News:")) {
            String html = "<html><body><article>" + paragraphs(BODY) + "<h2>" + heading + "</h2>" + teasers
                    + "</article></body></html>";
            assertThat(text(html).lines().toList()).as(heading).containsExactly(BODY);
        }
        // the same heading above the story's own text, in its first half, is the story's
        String early = "<html><body><article><h2>More from the report</h2>" + paragraphs(BODY) + "</article></body></html>";
        assertThat(text(early)).contains("More from the report", BODY[3]);
        // a label whose linked headline is left out, with the story going on after it
        String inline = "<html><body><article>" + paragraphs(BODY[0], BODY[1], BODY[2])
                + "<p><strong>Artikel terkait: </strong><a class='baca-juga' href='/a/9'>Pompa Air Tiba</a></p>"
                + paragraphs(BODY[3]) + "</article></body></html>";
        assertThat(text(inline)).contains(BODY[3]);
    }

    @Test
    void aTableRowIsOneLineOfCellsAndATableClosingTheArticleStays() {
        String html = "<html><body><article><h1>Jadwal latihan</h1>" + paragraphs(BODY[0], BODY[1])
                + "<h3>Minggu pertama</h3><table><thead><tr><th>Hari</th><th>Latihan</th><th>Durasi</th></tr></thead>"
                + "<tbody><tr><td><span>Senin</span></td><td><span>Lari santai</span></td><td>30 menit</td></tr>"
                + "<tr><td>Selasa</td><td></td><td>Istirahat</td></tr></tbody></table></article></body></html>";
        assertThat(text(html).lines().toList()).containsExactly(BODY[0], BODY[1], "Minggu pertama",
                "Hari\tLatihan\tDurasi", "Senin\tLari santai\t30 menit", "Selasa\t\tIstirahat");
    }

    @Test
    void aTableOrQuoteWrappedInAFigureIsTheArticlesButAPictureCaptionOrEmbeddedPostIsNot() {
        String quote = "Kami tidak akan menaikkan harga eceran tertinggi sampai panen raya selesai.";
        String html = "<html><body><div class='entry-content'><h1>Harga beras</h1>" + paragraphs(BODY[0], BODY[1])
                + "<figure class='wp-block-image'><img src='pasar.jpg'><figcaption>Suasana pasar induk pada Senin "
                + "pagi.</figcaption></figure>"
                + "<figure class='wp-block-table'><table><tbody><tr><td>Medium</td><td>Rp 12.500</td></tr>"
                + "<tr><td>Premium</td><td>Rp 14.900</td></tr></tbody></table>"
                + "<figcaption>Sumber: Badan Pangan Nasional</figcaption></figure>"
                + "<figure class='wp-block-pullquote'><blockquote><p>" + quote + "</p></blockquote></figure>"
                + "<figure class='wp-block-embed is-provider-twitter'><blockquote class='twitter-tweet'><p>Harga beras"
                + " di pasar kami naik lagi hari ini pic.twitter.com/abc</p>— Warga (@warga) 3 Maret 2025"
                + "</blockquote></figure>"
                + paragraphs(BODY[2]) + "</div></body></html>";
        List<String> lines = text(html).lines().toList();
        assertThat(lines).containsSubsequence(BODY[1], "Medium\tRp 12.500", "Premium\tRp 14.900", quote, BODY[2]);
        assertThat(lines).noneMatch(l -> l.startsWith("Suasana pasar") || l.contains("pic.twitter.com"));
    }

    @Test
    void aCodeBlockKeepsItsLinesAndItsHighlightedComments() {
        String html = "<html><body><article><h1>Git untuk pemula</h1>" + paragraphs(BODY[0])
                + "<pre><code class='language-bash hljs'><span class='hljs-comment'># ambil perubahan dari remote</span>\n"
                + "git pull\n\n<span class='hljs-comment'># simpan perubahan</span>\n"
                + "git commit -m <span class='hljs-string'>\"pesan\"</span>\n</code></pre>"
                + paragraphs(BODY[1]) + "</article></body></html>";
        assertThat(text(html).lines().toList()).containsExactly(BODY[0], "# ambil perubahan dari remote", "git pull",
                "# simpan perubahan", "git commit -m \"pesan\"", BODY[1]);
    }

    @Test
    void sectionsATableOfContentsSkipsToAreContent() {
        StringBuilder html = new StringBuilder("<html><body><div class='blog-single-content'>"
                + "<div class='toc'><p><strong>IN THIS ARTICLE</strong></p><ul>");
        for (int i = 0; i < BODY.length; i++) {
            html.append("<li><a href='#topic").append(i).append("'>Bagian ").append(i).append("</a></li>");
        }
        html.append("</ul></div>");
        for (int i = 0; i < BODY.length; i++) {
            html.append("<div id='topic").append(i).append("' class='skip-item'><p>").append(BODY[i]).append("</p></div>");
        }
        html.append("</div><a class='skip-link' href='#main'>Skip to content</a></body></html>");
        assertThat(text(html.toString()).lines().toList()).containsExactly(BODY);
    }

    @Test
    void partsAStreamingServerSentLaterAreContentButOtherHiddenBlocksAreNot() {
        String html = "<html><body><main><h1>Judul</h1><template id='B:0'></template><p>Loading...</p></main>"
                + "<div hidden id='promo'><p>" + "Penawaran khusus pelanggan baru, hanya bulan ini saja, daftar sekarang "
                + "dan dapatkan potongan harga yang besar untuk langganan tahunan.</p></div>"
                + "<div hidden id='S:0'>" + paragraphs(BODY) + "</div></body></html>";
        assertThat(text(html).lines().toList()).containsExactly(BODY);
    }

    @Test
    void theCollapsedPanelsOfAnAccordionAreContentButAHiddenPromoIsNot() {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Cara memasang panel surya</h1>")
                .append(paragraphs(BODY[0]));
        for (int i = 1; i < BODY.length; i++) {
            html.append("<div class='accordion'><h3><button id='step").append(i).append("' aria-controls='panel")
                    .append(i).append("'>Langkah ").append(i).append("</button></h3>")
                    .append("<div id='panel").append(i).append("' role='region' aria-labelledby='step").append(i)
                    .append("' style='display:none'><p>").append(BODY[i]).append("</p></div></div>");
        }
        html.append("<div style='display: none'><p>Penawaran khusus pelanggan baru, hanya bulan ini saja, daftar "
                + "sekarang dan dapatkan potongan harga yang besar untuk langganan tahunan.</p></div>");
        html.append("</article></body></html>");
        String text = text(html.toString());
        assertThat(text).contains(BODY).doesNotContain("Penawaran khusus");
        assertThat(text.indexOf(BODY[1])).isLessThan(text.indexOf(BODY[2]));
    }

    @Test
    void anArticlePrintedTwiceForTwoLayoutsIsWrittenOnce() {
        String article = "<h2>Titik rawan</h2>" + paragraphs(BODY) + "<p>Warga diminta melapor ke posko terdekat.</p>";
        String html = "<html><body><article><div class='desktop-only'>" + article + "</div>"
                + "<div class='mobile-only'>" + article + "</div></article></body></html>";
        List<String> lines = text(html).lines().toList();
        assertThat(lines).hasSize(BODY.length + 2).startsWith("Titik rawan").contains(BODY);
    }

    @Test
    void aLineRepeatedInEachPartOfAnArticleStays() {
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int week = 1; week <= 3; week++) {
            html.append("<h2>Minggu ").append(week).append("</h2>")
                    .append("<p>Pemanasan: sepuluh menit lari santai di zona dua, lalu peregangan dinamis.</p>")
                    .append("<p>").append(BODY[week - 1]).append("</p>")
                    .append("<p>Pendinginan: sepuluh menit jalan kaki dan peregangan ringan.</p>");
        }
        html.append("</article></body></html>");
        assertThat(text(html.toString()).lines().filter(l -> l.startsWith("Pemanasan")).count()).isEqualTo(3);
    }

    @Test
    void textSavedTwiceAsUtf8IsRepairedAndOtherTextIsLeftAlone() {
        String twice = new String("Whether you’re a parent — or not, “sleep” matters.".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        assertThat(text("<html><body><article><p>" + twice + "</p></article></body></html>"))
                .isEqualTo("Whether you’re a parent — or not, “sleep” matters.");
        assertThat(text("<html><body><article><p>Ã la carte and Ãœber at PÂTÉ Bistro</p></article></body></html>"))
                .isEqualTo("Ã la carte and Ãœber at PÂTÉ Bistro");
        // "Â" before a no-break space or a Latin-1 symbol is the symbol's first byte, wherever it stands
        assertThat(text("<html><body><article><p>From Â£5 a month forÂ&nbsp;cats, with WireGuardÂ® at 20Â°C."
                + "</p></article></body></html>")).isEqualTo("From £5 a month for cats, with WireGuard® at 20°C.");
    }

    @Test
    void aPageWrappedInOneFormKeepsItsText() {
        String html = "<html><body><form id='aspnetForm'><div class='main'>" + paragraphs(BODY)
                + "</div></form></body></html>";
        assertThat(text(html).lines().toList()).containsExactly(BODY);
    }

    @Test
    void hostilePagesGiveEmptyTextNotACrash() {
        assertThat(text("")).isEmpty();
        assertThat(text("<html><head><script>var a = 1;</script></head></html>")).isEmpty();
        assertThat(text("<script>" + "x".repeat(100_000) + "</script><style>p{}</style>")).isEmpty();
        assertThat(text("\u0000\u0001 not html at all < > &")).doesNotContain("\u0000");
    }

    @Test
    void aPageWithMoreElementsThanTheLimitIsRefusedAsTooComplex() {
        String html = "<div>" + "<b>x</b>".repeat(TreeMeasure.MAX_ELEMENTS) + "</div>";
        assertThatThrownBy(() -> patient.extract(page(html))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page too complex: over the limit of 200,000 elements");
    }

    @Test
    void aPageThatTakesLongerThanTheTimeLimitIsRefused() {
        // a large legal page: a long article in nested cards, well under the element limit
        String card = "<div class='card'><div><span>" + BODY[0] + "</span></div><p>" + BODY[1] + "</p></div>";
        String html = "<html><body><article>" + card.repeat(20_000) + "</article></body></html>";
        HtmlExtractor hurried = new HtmlExtractor(LANGUAGES, Duration.ofMillis(1));
        assertThatThrownBy(() -> hurried.extract(page(html))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extraction took longer than 1 ms");
    }

    @Test
    void deeplyNestedDivsDoNotOverflowTheStack() {
        int depth = 150_000;
        String html = "<div>".repeat(depth) + "<p>" + BODY[0] + "</p>" + "</div>".repeat(depth);
        assertThat(html.length()).isGreaterThan(1_500_000);
        assertThat(patient.extract(page(html)).text()).contains("pompa air tambahan");
    }
}
