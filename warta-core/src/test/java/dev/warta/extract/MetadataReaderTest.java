package dev.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.warta.lang.Languages;
import dev.warta.model.DatePrecision;
import dev.warta.model.DateValue;
import dev.warta.model.PageMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads page metadata from composed portal pages (invented articles in the house styles of real sites). */
class MetadataReaderTest {
    private static final MetadataReader READER = new MetadataReader(Languages.discover().all());

    private static PageMetadata read(String resource, String url) {
        try (InputStream in = MetadataReaderTest.class.getResourceAsStream("/pages/meta/" + resource)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return READER.read(Jsoup.parse(html, url == null ? "" : url), url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PageMetadata readHtml(String html, String url) {
        return READER.read(Jsoup.parse(html, url == null ? "" : url), url);
    }

    private static String iso(DateValue d) {
        return d == null ? null : d.iso() + " " + d.precision();
    }

    @Nested
    class IndonesianPortals {
        @Test
        void detikStyleMetaDateAuthorWithDeskAndKeywords() {
            PageMetadata m = read("detik.html",
                    "https://news.detik.com/berita/d-8123456/banjir-rendam-12-rt-di-cipinang-melayu-warga-mengungsi-ke-masjid");
            assertThat(m.title()).isEqualTo("Banjir Rendam 12 RT di Cipinang Melayu, Warga Mengungsi ke Masjid");
            assertThat(iso(m.published())).isEqualTo("2025-12-27T14:30 MINUTE");
            assertThat(m.modified()).isNull();
            assertThat(m.authors()).containsExactly("Ahmad Fauzi");
            assertThat(m.siteName()).isNull();
            assertThat(m.canonicalUrl()).isEqualTo(
                    "https://news.detik.com/berita/d-8123456/banjir-rendam-12-rt-di-cipinang-melayu-warga-mengungsi-ke-masjid");
            assertThat(m.language()).isEqualTo("id");
            assertThat(m.section()).isEqualTo("Berita");
            assertThat(m.tags()).containsExactly("banjir jakarta", "cipinang melayu", "pengungsi");
            assertThat(m.image()).isEqualTo(
                    "https://akcdn.detik.net.id/community/media/visual/2025/12/27/banjir-cipinang.jpeg");
            assertThat(m.nextPages()).isEmpty();
        }

        @Test
        void cnnIndonesiaDateFromFourteenDigitUrlAndBylineWithoutBrand() {
            PageMetadata m = read("cnnindonesia.html",
                    "https://www.cnnindonesia.com/nasional/20251227143000-12-1234567/polisi-tangkap-dua-pelaku-pembobolan-atm-di-bekasi");
            assertThat(m.title()).isEqualTo("Polisi Tangkap Dua Pelaku Pembobolan ATM di Bekasi");
            assertThat(iso(m.published())).isEqualTo("2025-12-27T14:30 MINUTE");
            assertThat(m.published().offset()).isNull();
            assertThat(m.authors()).containsExactly("Dewi Safitri");
            assertThat(m.siteName()).isEqualTo("CNN Indonesia");
            assertThat(m.canonicalUrl()).isEqualTo(
                    "https://www.cnnindonesia.com/nasional/20251227143000-12-1234567/polisi-tangkap-dua-pelaku-pembobolan-atm-di-bekasi");
            assertThat(m.section()).isEqualTo("Nasional");
            assertThat(m.image()).isEqualTo("https://www.cnnindonesia.com/image/2025/12/27/atm-bekasi.jpg");
        }

        @Test
        void kompasJsonLdAuthorsTagsAndNumberedPager() {
            String base = "https://nasional.kompas.com/read/2025/11/25/14300011/"
                    + "kpu-tetapkan-jadwal-pemungutan-suara-ulang-di-tiga-tps";
            PageMetadata m = read("kompas.html", base);
            assertThat(m.title()).isEqualTo("KPU Tetapkan Jadwal Pemungutan Suara Ulang di Tiga TPS");
            assertThat(iso(m.published())).isEqualTo("2025-11-25T14:30+07:00 MINUTE");
            assertThat(iso(m.modified())).isEqualTo("2025-11-25T16:05+07:00 MINUTE");
            assertThat(m.authors()).containsExactly("Nirmala Maulana Achmad", "Dani Prabowo");
            assertThat(m.siteName()).isEqualTo("KOMPAS.com");
            assertThat(m.section()).isEqualTo("Nasional");
            assertThat(m.tags()).containsExactly("KPU", "PSU", "pemungutan suara ulang", "Pilkada");
            // the pager's later pages, once each; "Tampilkan Semua" and another article's pager are not pages
            assertThat(m.nextPages()).containsExactly(base + "?page=2", base + "?page=3");
        }

        @Test
        void tribunHalamanPagerCreditLineAndVisibleTimeRefiningTheUrlDay() {
            String base = "https://surabaya.tribunnews.com/2025/03/04/"
                    + "jembatan-gantung-di-lumajang-putus-warga-dua-desa-terisolasi";
            PageMetadata m = read("tribun-1.html", base);
            assertThat(m.title()).isEqualTo("Jembatan Gantung di Lumajang Putus, Warga Dua Desa Terisolasi");
            // the URL gives the day, the timestamp under the headline its time
            assertThat(iso(m.published())).isEqualTo("2025-03-04T09:15+07:00 MINUTE");
            // the writer, not the editor of "Penulis: X | Editor: Y"; the brand in meta author is no author
            assertThat(m.authors()).containsExactly("Sofyan Arif Candra");
            assertThat(m.siteName()).isEqualTo("Surya.co.id");
            assertThat(m.section()).isEqualTo("Regional");
            assertThat(m.image()).isNull();
            assertThat(m.nextPages()).containsExactly(base + "?page=2", base + "?page=3");
        }

        @Test
        void tribunSecondPageLinksOnlyToTheThird() {
            String base = "https://surabaya.tribunnews.com/2025/03/04/"
                    + "jembatan-gantung-di-lumajang-putus-warga-dua-desa-terisolasi";
            PageMetadata m = read("tribun-1.html", base + "?page=2");
            assertThat(m.nextPages()).containsExactly(base + "?page=3");
        }

        @Test
        void antaraPewartaLineWhenJsonLdNamesOnlyTheAgency() {
            PageMetadata m = read("antara.html",
                    "https://www.antaranews.com/berita/4812345/menkeu-penerimaan-pajak-hingga-oktober-capai-rp1700-triliun?utm_source=wa");
            assertThat(m.title()).isEqualTo("Menkeu: Penerimaan pajak hingga Oktober capai Rp1.700 triliun");
            assertThat(iso(m.published())).isEqualTo("2025-11-25T14:30+07:00 MINUTE");
            assertThat(m.authors()).containsExactly("Fathur Rochman");
            assertThat(m.siteName()).isEqualTo("ANTARA News");
            assertThat(m.canonicalUrl()).isEqualTo(
                    "https://www.antaranews.com/berita/4812345/menkeu-penerimaan-pajak-hingga-oktober-capai-rp1700-triliun");
            assertThat(m.language()).isEqualTo("id"); // from og:locale id_ID, the page has no lang
            assertThat(m.section()).isEqualTo("Ekonomi");
            assertThat(m.image()).isEqualTo("https://img.antaranews.com/cache/800x533/2025/11/25/pajak.jpg");
        }

        @Test
        void tempoJsonLdGraphWithIdReferencesAndUnorderedBreadcrumb() {
            PageMetadata m = read("tempo-graph.html",
                    "https://www.tempo.co/politik/dpr-setujui-ruu-perampasan-aset-1234567");
            assertThat(m.title()).isEqualTo("DPR Setujui RUU Perampasan Aset Dibahas Tahun Depan");
            assertThat(iso(m.published())).isEqualTo("2025-09-18T08:05+07:00 MINUTE");
            assertThat(iso(m.modified())).isEqualTo("2025-09-18T10:40+07:00 MINUTE");
            assertThat(m.authors()).containsExactly("Hendrik Yaputra", "Sapto Yunus");
            assertThat(m.siteName()).isEqualTo("Tempo.co");
            assertThat(m.language()).isEqualTo("id");
            assertThat(m.section()).isEqualTo("Politik");
            assertThat(m.tags()).containsExactly("RUU Perampasan Aset", "DPR");
            assertThat(m.image()).isEqualTo("https://statik.tempo.co/data/2025/09/18/aset.jpg");
        }

        @Test
        void brokenJsonLdStillGivesItsDateAndTheRestComesFromMarkup() {
            PageMetadata m = read("broken-jsonld.html", "https://wartapasar.example.id/ekonomi/harga-cabai-rawit-naik");
            assertThat(m.title()).isEqualTo("Harga Cabai Rawit Naik Jelang Natal");
            assertThat(iso(m.published())).isEqualTo("2025-12-20T10:15+07:00 MINUTE");
            assertThat(m.authors()).containsExactly("Rina Kartika");
            assertThat(m.siteName()).isEqualTo("Warta Pasar");
            assertThat(m.language()).isEqualTo("id");
        }

        @Test
        void onlyVisibleDateUnderTheHeadline() {
            PageMetadata m = read("visible-date.html", "https://kabardaerah.example.id/daerah/warga-gotong-royong");
            assertThat(m.title()).isEqualTo("Warga Gotong Royong Bersihkan Saluran Air");
            assertThat(iso(m.published())).isEqualTo("2025-11-25T14:30+07:00 MINUTE");
            assertThat(m.authors()).isEmpty();
            assertThat(m.canonicalUrl()).isEqualTo("https://kabardaerah.example.id/daerah/warga-gotong-royong");
        }
    }

    @Nested
    class EnglishPages {
        @Test
        void newsBylineWithTwoAuthorsAndRoleTimeElementAndRelativeCanonical() {
            PageMetadata m = read("english-news.html",
                    "https://www.dailycourier.example/world/2025/11/03/central-bank-holds-rates?utm_source=x");
            assertThat(m.title()).isEqualTo("Central bank holds rates as inflation cools");
            assertThat(iso(m.published())).isEqualTo("2025-11-03T09:45Z MINUTE");
            // the sidebar's byline is not the article's
            assertThat(m.authors()).containsExactly("Jane Whitfield", "Tom O'Neill");
            assertThat(m.siteName()).isEqualTo("Daily Courier");
            assertThat(m.canonicalUrl()).isEqualTo("https://www.dailycourier.example/world/2025/11/03/central-bank-holds-rates");
            assertThat(m.language()).isEqualTo("en");
            assertThat(m.tags()).containsExactly("interest rates", "inflation", "central banks");
            assertThat(m.image()).isEqualTo("https://images.dailycourier.example/2025/11/03/rates.jpg");
        }

        @Test
        void wordpressYoastGraphPersonPublisherAndPaginatedPost() {
            PageMetadata m = read("wordpress.html", "https://slowmornings.example.com/ten-small-habits/");
            assertThat(m.title()).isEqualTo("Ten Small Habits for a Calmer Morning");
            assertThat(iso(m.published())).isEqualTo("2024-03-10T07:00Z MINUTE");
            assertThat(iso(m.modified())).isEqualTo("2024-05-02T12:30Z MINUTE");
            assertThat(m.authors()).containsExactly("Maya Lindqvist");
            assertThat(m.siteName()).isEqualTo("Slow Mornings Blog");
            assertThat(m.language()).isEqualTo("en");
            assertThat(m.section()).isEqualTo("Habits");
            // the post's own pages; "Next" to the following post is not one
            assertThat(m.nextPages()).containsExactly("https://slowmornings.example.com/ten-small-habits/2/",
                    "https://slowmornings.example.com/ten-small-habits/3/");
        }
    }

    @Nested
    class Titles {
        @ParameterizedTest
        @CsvSource(delimiterString = " => ", value = {
            "Banjir Rendam Bekasi - Kompas.com => Banjir Rendam Bekasi",
            "Okezone: Banjir Rendam Bekasi => Banjir Rendam Bekasi",
            "Banjir Rendam Bekasi | Nasional | Kompas.com => Banjir Rendam Bekasi | Nasional",
            "Banjir Rendam Bekasi, Warga Mengungsi | Berita Terkini => Banjir Rendam Bekasi, Warga Mengungsi",
            "Banjir Rendam Bekasi dan Sekitarnya - Metro => Banjir Rendam Bekasi dan Sekitarnya",
            "Prabowo: Tidak Ada Impor Beras Tahun Depan => Prabowo: Tidak Ada Impor Beras Tahun Depan",
            "Gempa M5,9 - Tiga Orang Meninggal di Pasaman Barat => Gempa M5,9 - Tiga Orang Meninggal di Pasaman Barat",
            "Jembatan Gantung Putus - Halaman 2 - Surya => Jembatan Gantung Putus",
            "Jembatan Gantung Putus Halaman all - Kompas.com => Jembatan Gantung Putus",
        })
        void siteNamePartIsCut(String raw, String expected) {
            assertThat(MetaTitles.strip(raw, Set.of("Kompas.com", "Okezone", "okezone.com"))).isEqualTo(expected);
        }

        @Test
        void headingAgreeingWithMetadataWinsOverAnSeoTitle() {
            PageMetadata m = readHtml("""
                    <html><head><title>Harga BBM Naik Hari Ini, Cek Daftarnya | Portal</title>
                    <meta property="og:title" content="Harga BBM Naik Hari Ini, Cek Daftarnya"></head>
                    <body><h1 class="logo">Portal</h1><article><h1>Harga BBM Naik Hari Ini, Cek Daftarnya</h1></article>
                    </body></html>""", "https://portal.example.id/berita/harga-bbm");
            assertThat(m.title()).isEqualTo("Harga BBM Naik Hari Ini, Cek Daftarnya");
        }

        @Test
        void aHeadingSetInCapitalsGivesWayToTheMetadataWording() {
            String html = "<html><head><meta property='og:title' content='%s'></head><body><article>"
                    + "<h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS</h1><p>Text.</p></article></body></html>";
            assertThat(readHtml(html.formatted("Best Drip Coffee Maker 2026: Buying Tips From Pros"),
                    "https://coffee.example.com/drip").title()).isEqualTo("Best Drip Coffee Maker 2026: Buying Tips From Pros");
            assertThat(readHtml(html.formatted("BEST DRIP COFFEE MAKERS: TIPS"), "https://coffee.example.com/drip")
                    .title()).isEqualTo("BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS");
        }

        @Test
        void theVisibleHeadlineWinsOverMetadataThatAddsWordsAtTheEnd() {
            PageMetadata m = readHtml("""
                    <html><head><meta property="og:title" content="Best Rain Jackets of 2026, Tested and Reviewed">
                    </head><body><article><h1>Best Rain Jackets of 2026</h1><p>Text.</p></article></body></html>""",
                    "https://outdoor.example.com/rain-jackets");
            assertThat(m.title()).isEqualTo("Best Rain Jackets of 2026");
        }

        @Test
        void aLongHeadingRepeatingAShortSeoTitleWins() {
            PageMetadata m = readHtml("""
                    <html><head><meta property="og:title" content="Drones in Farming"></head>
                    <body><article><h1>How Drones in Farming Bring Better Harvests, Lower Costs and Safer Fields</h1>
                    <p>Text.</p></article></body></html>""", "https://farm.example.com/drones");
            assertThat(m.title()).isEqualTo("How Drones in Farming Bring Better Harvests, Lower Costs and Safer Fields");
        }

        @Test
        void aSubheadingShowingTheMetadataTitleWinsOverASectionH1() {
            PageMetadata m = readHtml("""
                    <html><head><title>Why Teams Love Kotlin | Dev Blog</title></head><body><main>
                    <h2>Why Teams Love Kotlin</h2><p>We asked forty teams what they love.</p>
                    <h1 id="love-is-in-the-tooling">What teams love is the tooling</h1><p>Text.</p>
                    </main></body></html>""", "https://blog.example.org/kotlin-survey");
            assertThat(m.title()).isEqualTo("Why Teams Love Kotlin");
        }

        @Test
        void aHeadingThatLinksToTheFrontPageIsTheSiteLogo() {
            String html = """
                    <html><head><title>Field Notes Blog: Sampling Rivers With Small Boats</title>
                    <meta property="og:title" content="Sampling Rivers With Small Boats"></head><body>
                    <h1 class="title"><a href="%s">Field Notes Blog</a></h1><div class="post"><p>Text.</p></div>
                    </body></html>""";
            for (String home : List.of("/", "https://notes.example.org/", "//notes.example.org")) {
                assertThat(readHtml(html.formatted(home), "https://notes.example.org/2025/rivers").title())
                        .as(home).isEqualTo("Sampling Rivers With Small Boats");
            }
            String bare = "<html><body><h1><a href=\"%s\">Sampling rivers</a></h1><p>Text.</p></body></html>";
            assertThat(readHtml(bare.formatted("/2025/rivers"), "https://notes.example.org/2025/rivers").title())
                    .isEqualTo("Sampling rivers");
            assertThat(readHtml(bare.formatted("/"), "https://notes.example.org/2025/rivers").title()).isNull();
            assertThat(readHtml(bare.formatted("./"), "https://notes.example.org/2025/rivers/").title())
                    .as("a folder per post: the link is the post's own").isEqualTo("Sampling rivers");
        }

        @Test
        void aSectionNameInTheTitleTagIsNoSubheadingHeadline() {
            PageMetadata m = readHtml("""
                    <html><head><title>Nasional | Contoh News</title>
                    <meta property="og:title" content="Wildfires spread across the northern hills overnight"></head>
                    <body><nav><h2>Nasional</h2></nav><article><h1>Northern hills burn as wildfires spread</h1>
                    <p>Text.</p></article></body></html>""", "https://news.example.com/nasional/wildfires");
            assertThat(m.title()).isEqualTo("Northern hills burn as wildfires spread");
        }

        @Test
        void aTitleClassInMixedCaseMarksTheHeadline() {
            PageMetadata m = readHtml("<html><body><div class=\"HeadLine\">Harbour Reopens After Storm</div>"
                    + "<p>Text.</p></body></html>", "https://news.example.com/harbour");
            assertThat(m.title()).isEqualTo("Harbour Reopens After Storm");
        }

        @Test
        void twiceEscapedEntitiesAreDecoded() {
            PageMetadata m = readHtml("<html><head><meta property=\"og:title\" content=\"Tom&amp;#8217;s Guide &amp;amp; Tips\">"
                    + "</head><body></body></html>", "https://x.example.com/a");
            assertThat(m.title()).isEqualTo("Tom\u2019s Guide & Tips");
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @CsvSource({
            "https://jatim.tribunnews.com/2025/04/09/semeru-kembali-erupsi, 2025-04-09 DAY",
            "https://example.com/news/2025-12-27/slug, 2025-12-27 DAY",
            "https://www.cnnindonesia.com/nasional/20251227143000-20-1234567/slug, 2025-12-27T14:30 MINUTE",
            "https://example.com/read/20251227/slug, 2025-12-27 DAY",
            "https://example.com/2025/13/45/not-a-date, ",
            "https://example.com/news/1234567/slug, ",
        })
        void fromUrl(String url, String expected) {
            assertThat(iso(PageDates.fromUrl(url))).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiterString = " => ", value = {
            "2025-11-19T15:20:00+07:00 => 2025-11-19T15:20+07:00 MINUTE",
            "2025-11-19T08:20:00.000Z => 2025-11-19T08:20Z MINUTE",
            "2025-11-19 15:20:00 +0700 => 2025-11-19T15:20+07:00 MINUTE",
            "2025/11/19 15:20:00 => 2025-11-19T15:20 MINUTE",
            "2025-11-19 => 2025-11-19 DAY",
            "Wed, 19 Nov 2025 08:20:00 GMT => 2025-11-19T08:20Z MINUTE",
            "Nov 19, 2025 => 2025-11-19 DAY",
            "Rabu, 19 November 2025 => 2025-11-19 DAY",
            "not a date => ",
            "0000-00-00 00:00:00 => ",
        })
        void metaValues(String raw, String expected) {
            List<dev.warta.lang.Language> languages = Languages.discover().all();
            PageDates dates = new PageDates(new dev.warta.time.DateFinder(
                    languages.stream().map(dev.warta.lang.Language::calendar).toList()), languages,
                    new AuthorLabels(languages));
            assertThat(iso(dates.parse(raw))).isEqualTo(expected);
        }

        @Test
        void jsonLdDayTakesTheTimeOfTheMetaTagOnTheSameDay() {
            PageMetadata m = readHtml("""
                    <html><head>
                    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-19"}</script>
                    <meta property="article:published_time" content="2025-11-19T15:20:00+07:00"></head>
                    <body><h1>Judul</h1></body></html>""", "https://x.example.id/a");
            assertThat(iso(m.published())).isEqualTo("2025-11-19T15:20+07:00 MINUTE");
        }

        @Test
        void jsonLdInTheMetaTagOfRemixIsJsonLd() {
            PageMetadata m = readHtml("""
                    <html><head><meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,
                    &quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"></head>
                    <body><h1>Electric Cars Explained</h1><p>Text.</p></body></html>""",
                    "https://cars.example.com/articles/electric");
            assertThat(iso(m.published())).isEqualTo("2025-11-17T09:00-05:00 MINUTE");
        }

        @Test
        void aStatementOfFirstPublicationInTheTextOutranksMetadata() {
            String page = """
                    <html><head><script type="application/ld+json">{"@type":"Article",
                    "datePublished":"2022-09-30"}</script></head>
                    <body><article><h1>%s</h1><p>%s</p></article></body></html>""";
            assertThat(iso(readHtml(page.formatted("Living in a Tiny Home", "This article was originally published on "
                    + "26 Sep 2019 at 4:12pm but has been regularly updated."), "https://homes.example.com/tiny")
                    .published()).substring(0, 10)).isEqualTo("2019-09-26");
            assertThat(iso(readHtml(page.formatted("Harga Rumah Mungil", "Artikel ini pertama kali tayang di "
                    + "Kompas.com pada Senin, 5 Mei 2024."), "https://rumah.example.id/mungil").published()))
                    .isEqualTo("2024-05-05 DAY");
            // a month is no date, and the date after the next sentence is another statement's
            assertThat(iso(readHtml(page.formatted("Cleaning Trends", "Originally published in March 2022. Last "
                    + "updated on December 20, 2024."), "https://clean.example.com/trends").published()))
                    .isEqualTo("2022-09-30 DAY");
        }

        @Test
        void aDateBesideTheBylineCountsWhenNothingElseGivesOne() {
            String page = """
                    <html><body><article><h1>%s</h1><p>%s</p>
                    <div><p>%s</p><p>%s</p></div></article></body></html>""";
            String text = "Apps are made in stages. ".repeat(60);
            assertThat(iso(readHtml(page.formatted("How Apps Are Made", text, "Written by <a href=\"/a/mk\">Moses Kim"
                    + "</a>", "April 8, 2024"), "https://apps.example.com/blog/how").published()))
                    .isEqualTo("2024-04-08 DAY");
            assertThat(iso(readHtml(page.formatted("Cara Membuat Aplikasi", text, "Penulis: Budi Santoso",
                    "8 April 2024"), "https://apps.example.id/blog/cara").published())).isEqualTo("2024-04-08 DAY");
        }

        @Test
        void aLabelledModifiedDateInTheTextIsTheModifiedDate() {
            String page = """
                    <html><body><main><h1>%s</h1><p>%s</p><p>%s</p></main>
                    <footer><p>Site last updated: December 20, 2025</p></footer></body></html>""";
            String text = "The webcams show the valley. ".repeat(40);
            PageMetadata m = readHtml(page.formatted("Webcams", text, "Last updated: November 13, 2025"),
                    "https://park.example.gov/webcams.htm");
            assertThat(iso(m.modified())).isEqualTo("2025-11-13 DAY");
            assertThat(iso(m.published())).isEqualTo("2025-11-13 DAY");
            assertThat(iso(readHtml(page.formatted("Kamera Taman", text, "Diperbarui: 13 November 2025"),
                    "https://taman.example.id/kamera").modified())).isEqualTo("2025-11-13 DAY");
            // the footer's date is the site's, not the page's
            assertThat(readHtml(page.formatted("Webcams", text, ""), "https://park.example.gov/webcams.htm")
                    .modified()).isNull();
        }

        @Test
        void wordPressTimeElementsAndModifiedOnlyFallback() {
            PageMetadata m = readHtml("""
                    <html><body><article><h1 class="entry-title">A Post About Bread</h1>
                    <time class="entry-date published" datetime="2023-02-01T10:00:00+01:00">1 Feb 2023</time>
                    <time class="updated" datetime="2023-03-05T09:00:00+01:00">5 Mar 2023</time>
                    </article></body></html>""", "https://bread.example.com/a-post/");
            assertThat(iso(m.published())).isEqualTo("2023-02-01T10:00+01:00 MINUTE");
            assertThat(iso(m.modified())).isEqualTo("2023-03-05T09:00+01:00 MINUTE");
            PageMetadata onlyModified = readHtml("""
                    <html><head><meta property="article:modified_time" content="2023-03-05T09:00:00+01:00"></head>
                    <body><h1>Another Post</h1></body></html>""", "https://bread.example.com/another/");
            assertThat(iso(onlyModified.published())).isEqualTo("2023-03-05T09:00+01:00 MINUTE");
        }

        @Test
        void anEarlierShownDateWinsOverMetadataRestampedOnEachEdit() {
            String page = """
                    <html><head><script type="application/ld+json">{"@type":"BlogPosting",
                    "datePublished":"%s","dateModified":"2025-11-20T16:02:00Z"}</script></head>
                    <body><article><h1>Video Production in Practice</h1><p class="meta">Liza Burke · May 14, 2025</p>
                    <p>Light, sound and a plan.</p></article></body></html>""";
            assertThat(iso(readHtml(page.formatted("2025-11-20T16:02:00Z"), "https://video.example.com/practice")
                    .published())).isEqualTo("2025-05-14 DAY");
            // a publication date apart from the modification date is the page's own statement
            assertThat(iso(readHtml(page.formatted("2025-06-01T09:00:00Z"), "https://video.example.com/practice")
                    .published())).isEqualTo("2025-06-01T09:00Z MINUTE");
        }

        @Test
        void dateInScriptDataIsTheLastResort() {
            PageMetadata m = readHtml("""
                    <html><head><script>var digitalData = {"page":{"createDate":"2019-09-12","publishDate":"2025-05-27"}};</script>
                    </head><body><h1>Creating a Cost-Benefit Analysis</h1><p>Text.</p></body></html>""",
                    "https://legal.example.com/insights/cost-benefit");
            assertThat(iso(m.published())).isEqualTo("2025-05-27 DAY");
            PageMetadata escaped = readHtml("<html><head><script>self.__next_f.push([1,\"{\\\"datePublished\\\":"
                    + "\\\"2024-01-02T03:04:05Z\\\"}\"])</script></head><body><h1>A Post</h1></body></html>",
                    "https://next.example.com/post");
            assertThat(iso(escaped.published())).isEqualTo("2024-01-02T03:04Z MINUTE");
        }

        @Test
        void dateInAnEnglishBylineLine() {
            PageMetadata m = readHtml("""
                    <html><body><div class="post"><h1>How Sourdough Works in Practice</h1>
                    <div class="meta">Posted on November 3, 2025 by Anna Berg</div>
                    <p>Flour, water and time.</p></div></body></html>""", "https://bake.example.com/sourdough");
            assertThat(iso(m.published())).isEqualTo("2025-11-03 DAY");
            assertThat(m.authors()).containsExactly("Anna Berg");
        }

        @ParameterizedTest
        @CsvSource(delimiterString = " => ", value = {
            "Essay - Published: 2025.12.17 | programming => 2025-12-17 DAY",
            "Bence Kovács 02-12-2025 => 2025-12-02 DAY",
            "Jane Roe · 23.07.2025 · 5 min read => 2025-07-23 DAY",
            "Updated: 10/31/2024 => 2024-10-31 DAY",
            "Version 1.2.2025.3 released => null",
        })
        void dateInDigitsUnderTheHeadline(String line, String expected) {
            PageMetadata m = readHtml("<html><body><div class='post'><h1>How Sourdough Works in Practice</h1><p>"
                    + line + "</p><p>Flour, water and time.</p></div></body></html>", "https://bake.example.com/sourdough");
            assertThat(iso(m.published())).isEqualTo("null".equals(expected) ? null : expected);
        }

        @Test
        void aUtcTimeOnTheDayAfterTheUrlDayIsTheUrlDay() {
            String html = "<html><head><meta property='article:published_time' content='%s'></head>"
                    + "<body><h1>The December comfort read</h1><p>Text.</p></body></html>";
            String url = "https://blog.example.com/2025/12/18/the-december-comfort-read/";
            assertThat(iso(readHtml(html.formatted("2025-12-19T02:41:00+00:00"), url).published()))
                    .isEqualTo("2025-12-18 DAY");
            assertThat(iso(readHtml(html.formatted("2025-12-19T02:41:00-05:00"), url).published()))
                    .isEqualTo("2025-12-19T02:41-05:00 MINUTE");
        }

        @Test
        void dateInTheUrlBeforeAPlus() {
            PageMetadata m = readHtml("<html><body><h1>Rust GCC backend</h1><p>Text.</p></body></html>",
                    "https://blog.example.fr/articles/2025-12-15+Rust+GCC+backend");
            assertThat(iso(m.published())).isEqualTo("2025-12-15 DAY");
        }
    }

    @Nested
    class Authors {
        private String authorsOf(String byline) {
            return readHtml("<html><body><article><h1>Judul Berita Hari Ini</h1>" + byline
                    + "<p>Isi berita.</p></article></body></html>", "https://portal.example.id/a").authors().toString();
        }

        @ParameterizedTest
        @CsvSource(delimiterString = " => ", value = {
            "<div class=\"byline\">By Jane Doe and John Roe</div> => [Jane Doe, John Roe]",
            "<div class=\"byline\">Oleh: Siti Aminah dan Budi Santoso</div> => [Siti Aminah, Budi Santoso]",
            "<div class=\"author\">Penulis: Rizky Maulana | Editor: Dewi Lestari</div> => [Rizky Maulana]",
            "<p>Reporter: Aditya Eko Prasetyo<br>Editor: Anton Santoso</p> => [Aditya Eko Prasetyo]",
            "<div class=\"byline\">Jane Doe, Staff Writer | 3 November 2025</div> => [Jane Doe]",
            "<div class=\"author\">Dylan Bailey, MS, RD</div> => [Dylan Bailey, MS, RD]",
            "<div class=\"byline\">By Ann Lee, Ph.D., and Bo Kim, DVM, Staff Writer</div> => [Ann Lee, Ph.D., Bo Kim, DVM]",
            "<div class=\"byline\">By <a href=\"/author/ann\">Ann Lee</a>, <a href=\"/author/bo\">Bo Kim</a></div> => [Ann Lee, Bo Kim]",
            "<div class=\"reporter\">Redaktur &amp; Reporter : Fajar Nugroho</div> => [Fajar Nugroho]",
            "<p>Laporan Wartawan Surya.co.id, Sofyan Arif Candra</p> => [Sofyan Arif Candra]",
            "<div class=\"author-box\"><p>Written by</p><p>Edzel Tabing</p></div> => [Edzel Tabing]",
            "<div class=\"author\"><span class=\"name\">Liz Kenny</span> <span>Former McKinsey Consultant</span></div> => [Liz Kenny]",
            "<div class=\"byline\">Dan Davies</div> => [Dan Davies]",
            "<span class=\"story-byline\">Posted by <a href=\"https://social.example.com/in/kestrel/\">Kestrel</a> on Friday</span> => [Kestrel]",
            "<div class=\"author\">Editor: Dewi Lestari</div> => []",
            "<p>This post was written by <a href=\"/find-a-provider/2838\">Vanessa Mendez, MD</a>, gastroenterologist.</p> => [Vanessa Mendez, MD]",
            "<div class=\"meta\"><span>Written by</span><div><span>Ines</span><span>- Product marketer</span></div></div> => [Ines]",
            "<p>Posted by Ines at December 16, 2025 11:15 AM</p> => [Ines]",
            "<p>Author Spotlight</p><p>Our authors are experts.</p> => []",
            "<div class=\"author\">Home</div> => []",
            "<p>By clicking subscribe you agree to our terms.</p> => []",
            "<p>There are many more optimizations than these: inlining, loop unrolling, vectorization, constant folding, dead code elimination and more, and the codegen backends do a monstrous amount of them on their own, each tuned for its target. For more examples of such optimizations, I recommend the <a href=\"/aoco\">Advent of Compiler Optimizations</a> blog posts written by Matt Godbolt (the developer of <a href=\"/g\">godbolt.org</a>, another priceless tool).</p> => []",
        })
        void bylines(String byline, String expected) {
            assertThat(authorsOf(byline)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiterString = " => ", value = {
            "<p>Marta Lindqvist</p><div><span>23.07.2025</span><span>·</span><span>6 min read</span></div> => [Marta Lindqvist]",
            "<div><span>2025-12-17</span><span>·</span><a title='x'><div>Trond Haugen</div></a></div> => [Trond Haugen]",
            "<div>Dec 26, 2025 • <img src='a.png'> Rina Kusuma in <a href='/c'>Project Management</a></div> => [Rina Kusuma]",
            "<p>Sari Wulandari · 24 Februari 2025 · 3 menit baca</p> => [Sari Wulandari]",
            "<p>Naomi Tan, Peter C. Larsen and Ola Berg</p><time>24 Apr 2000 • 3 min read</time> => [Naomi Tan, Peter C. Larsen, Ola Berg]",
            "<p>Home Improvement</p><div><span>Dec 5, 2025</span><span>5 min read</span></div> => []",
            "<p>Project Management · Dec 5, 2025</p> => []",
            "<div><span>Dec 5, 2025</span></div><p>Prices of rice rose again this week in the capital's markets, traders said.</p> => []",
        })
        void aNameBesideTheDateUnderTheHeadlineIsTheWriter(String header, String expected) {
            String page = "<html><body><article><h1>A Guide to Shared Services</h1>" + header
                    + "<p>Shared services centralise routine work so that teams can focus on what matters to the "
                    + "business, and they have spread from finance to human resources.</p></article></body></html>";
            assertThat(readHtml(page, "https://blog.example.com/guide").authors().toString()).isEqualTo(expected);
        }

        @Test
        void aCreditLineOfThePageWinsOverAMetadataNameThePageNeverShows() {
            String page = """
                    <html><head><meta name="author" content="%s"></head><body><article>
                    <h1>Managing Legal Issues in Gyms</h1><p>By: Paul Fenaroli</p>
                    <p>Gyms face claims. Lina Ortiz reviewed the cases.</p></article></body></html>""";
            assertThat(readHtml(page.formatted("Luke Daigle"), "https://law.example.com/gyms").authors())
                    .containsExactly("Paul Fenaroli");
            // a name the page shows somewhere stays the author
            assertThat(readHtml(page.formatted("Lina Ortiz"), "https://law.example.com/gyms").authors())
                    .containsExactly("Lina Ortiz");
        }

        @Test
        void aCreditLineBesideTheShareButtonsIsThePagesOwn() {
            PageMetadata m = readHtml("""
                    <html><head><script type="application/ld+json">{"@type":"BlogPosting",
                    "headline":"Leases for Small Bakeries","author":{"@type":"Person","name":"Web Admin Account"}}</script>
                    </head><body><article><h1>Leases for Small Bakeries</h1>
                    <div class="byline-share-row"><p>By: Nora Whitfield</p>
                    <div class="share-title">Share this article</div><a href="#">Facebook</a></div>
                    <p>A lease is a long promise.</p></article></body></html>""", "https://law.example.com/leases");
            assertThat(m.authors()).containsExactly("Nora Whitfield");
        }

        @Test
        void theDataLayersPostAuthorWhenThePageShowsThatName() {
            String page = """
                    <html><head><script>var dataLayer_content = {"pagePostType":"post",
                    "pagePostAuthor":"Marisol","pagePostDate":"March 3, 2024"};</script></head>
                    <body><article><h1>Seven Ways to Keep a Verb List</h1><p>Write them on cards.</p></article>
                    %s</body></html>""";
            assertThat(readHtml(page.formatted("<div class='promo'>Meet Marisol, polyglot</div>"),
                    "https://verbs.example.com/verb-lists/").authors()).containsExactly("Marisol");
            // an uploader the page never shows is no author
            assertThat(readHtml(page.formatted(""), "https://verbs.example.com/verb-lists/").authors()).isEmpty();
        }

        @Test
        void aPersonalSitesOwnerWhenNoOneElseIsNamed() {
            String page = """
                    <html><head><title>Why I Keep a Paper Notebook | %s</title></head>
                    <body><article><h1>Why I Keep a Paper Notebook</h1><p>Paper is patient.</p>%s</article>
                    <footer><p>%s</p></footer></body></html>""";
            String url = "https://notes.example.dev/paper-notebook";
            assertThat(readHtml(page.formatted("Ilse Varga", "", ""), url).authors()).containsExactly("Ilse Varga");
            assertThat(readHtml(page.formatted("Notes", "", "© 2024 Ilse Varga. All rights reserved."), url)
                    .authors()).containsExactly("Ilse Varga");
            // a byline wins; brands, common words and outlets are no one's name
            assertThat(readHtml(page.formatted("Ilse Varga", "<p>By Tom Reyes</p>", ""), url).authors())
                    .containsExactly("Tom Reyes");
            assertThat(readHtml(page.formatted("Northwind Realty", "", "© 2024 Northwind Holdings Ltd."), url)
                    .authors()).isEmpty();
            assertThat(readHtml(page.formatted("Green Rows", "", ""), url).authors()).isEmpty();
            assertThat(readHtml(page.formatted("Reuters Insights", "", ""), url).authors()).isEmpty();
        }

        @Test
        void authorCardInASidebarOnlyWhenTheArticleNamesNoOne() {
            String card = "<div class='sidebar-right'><div class='author-card'><p>Matteo Laratta</p><p>| Author</p>"
                    + "</div></div><div class='related-posts'><span class='author'>Jane Roe</span></div>"
                    + "<footer><span class='site-credit'>Web Design Studio</span></footer>";
            String page = "<html><body><article><h1>Ten Week Marathon Plan</h1>%s<p>Run slowly, mostly.</p>"
                    + "</article>" + card + "</body></html>";
            assertThat(readHtml(page.formatted(""), "https://run.example.com/plan").authors())
                    .containsExactly("Matteo Laratta");
            assertThat(readHtml(page.formatted("<p class='byline'>By Ann Lee</p>"), "https://run.example.com/plan")
                    .authors()).containsExactly("Ann Lee");
        }

        @Test
        void brandBylineIsNoAuthorButAPersonInCreditsIs() {
            PageMetadata m = readHtml("""
                    <html><head><meta property="og:site_name" content="Okezone">
                    <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Okezone"},
                    "publisher":{"@type":"Organization","name":"Okezone"}}</script></head>
                    <body><h1>Gempa Guncang Pasaman Barat</h1><span class="okz-author">Tim Okezone</span>
                    <p>Isi berita.</p><p>Penulis: Raka Pratama</p><p>Editor: Dewi Anggraini</p></body></html>""",
                    "https://news.okezone.com/read/2025/05/20/337/3226704/gempa");
            assertThat(m.authors()).containsExactly("Raka Pratama");
        }

        @Test
        void brandOnlyBylineGivesNoAuthor() {
            PageMetadata m = readHtml("""
                    <html><head><meta property="og:site_name" content="kumparan">
                    <meta name="author" content="kumparan"></head>
                    <body><h1>DPR Sahkan APBN 2026</h1><div class="author">kumparanBISNIS</div><p>Isi.</p></body></html>""",
                    "https://kumparan.com/kumparanbisnis/dpr-sahkan-apbn-2026-25266299");
            assertThat(m.authors()).isEmpty();
        }

        @Test
        void teamOrSiteNameInMetadataOnlyWhenNoPersonIsNamed() {
            PageMetadata team = readHtml("""
                    <html><head><meta name="author" content="Everfit Team"></head>
                    <body><h1>Workout Trends for the Year</h1></body></html>""", "https://everfit.example.io/blog/trends");
            assertThat(team.authors()).containsExactly("Everfit Team");
            PageMetadata person = readHtml("""
                    <html><head><meta name="author" content="Everfit Team"></head>
                    <body><h1>Workout Trends for the Year</h1><div class="byline">By Thao Dinh</div></body></html>""",
                    "https://everfit.example.io/blog/trends");
            assertThat(person.authors()).containsExactly("Thao Dinh");
        }

        @Test
        void jsonLdPersonWhoseNameIsTheSiteNameIsTheAuthor() {
            PageMetadata m = readHtml("""
                    <html><head><meta property="og:site_name" content="Kristian Larsen">
                    <script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Kristian Larsen"}}</script>
                    </head><body><h1>Best Audiobook Subscriptions</h1></body></html>""",
                    "https://kristian-larsen.example.com/reviews/audiobooks/");
            assertThat(m.authors()).containsExactly("Kristian Larsen");
        }
        @Test
        void metadataNameInLowerCaseOfAPersonalSiteIsTheAuthor() {
            String page = """
                    <html><head><meta property="og:site_name" content="%s">
                    <meta itemprop="author" content="%s"></head>
                    <body><h1>Planting Marigolds Between the Beans</h1><p>Text.</p></body></html>""";
            assertThat(readHtml(page.formatted("Maren Holt", "maren holt"), "https://greenrows.example.com/blog/m")
                    .authors()).containsExactly("maren holt");
            // the site's own name is no author, in whatever case
            assertThat(readHtml(page.formatted("Green Rows Journal", "green rows journal"),
                    "https://greenrows.example.com/blog/m").authors()).isEmpty();
        }
    }

    @Nested
    class OtherFields {
        @ParameterizedTest
        @CsvSource({"id-ID, id", "id_ID, id", "in, id", "en-us, en", "EN, en", "English, en", "x-default, ", "zz-top-9, "})
        void languageCodes(String raw, String expected) {
            assertThat(MetadataReader.languageCode(raw)).isEqualTo(expected);
        }

        @Test
        void breadcrumbSection() {
            assertThat(MetadataReader.fromBreadcrumb(List.of("Home", "Politik", "DPR Setujui RUU"), "DPR Setujui RUU"))
                    .isEqualTo("Politik");
            assertThat(MetadataReader.fromBreadcrumb(List.of("Beranda", "Jatim"), "Semeru Kembali Erupsi"))
                    .isEqualTo("Jatim");
            assertThat(MetadataReader.fromBreadcrumb(List.of("Home"), "Semeru Kembali Erupsi")).isNull();
        }

        @Test
        void tagsAreSplitTrimmedDeduplicatedAndCapped() {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                many.append("tag").append(i).append(", ");
            }
            PageMetadata m = readHtml("<html><head><meta property=\"article:tag\" content=\"Politik\">"
                    + "<meta name=\"news_keywords\" content=\" politik , DPR,,  RUU \">"
                    + "<meta name=\"keywords\" content=\"" + many + "\"></head><body></body></html>", "https://x.example.id/a");
            assertThat(m.tags()).hasSize(30).startsWith("Politik", "DPR", "RUU", "tag0");
        }

        @Test
        void pagerPathForm() {
            PageMetadata m = readHtml("""
                    <html><body><h1>Judul Panjang Berita</h1>
                    <div class="pagination"><span>1</span> <a href="/read/2025/07/16/ri-as-sepakati-tarif/2">2</a>
                    <a href="/read/2025/07/16/ri-as-sepakati-tarif/2">Berikutnya</a>
                    <a href="/read/2025/07/15/berita-lain">Berita lain</a></div></body></html>""",
                    "https://nasional.example.id/read/2025/07/16/ri-as-sepakati-tarif");
            assertThat(m.nextPages()).containsExactly("https://nasional.example.id/read/2025/07/16/ri-as-sepakati-tarif/2");
        }
    }

    @Nested
    class Garbage {
        @Test
        void nothingAtAll() {
            PageMetadata m = readHtml("", null);
            assertThat(m.title()).isNull();
            assertThat(m.published()).isNull();
            assertThat(m.authors()).isEmpty();
            assertThat(m.nextPages()).isEmpty();
        }

        @Test
        void missingHeadAndPlainText() {
            PageMetadata m = readHtml("just some words, no markup at all, Selasa 25 Nov 2025", "not a url");
            assertThat(m.title()).isNull();
            assertThat(m.canonicalUrl()).isEqualTo("not a url");
        }

        @Test
        void hugeAttributesAndScripts() {
            String huge = "x".repeat(3_000_000);
            String html = "<html lang=\"" + huge + "\"><head><meta property=\"og:title\" content=\"" + huge + "\">"
                    + "<meta name=\"author\" content=\"" + huge + "\"><meta name=\"keywords\" content=\"" + "a,".repeat(500_000)
                    + "\"><link rel=\"canonical\" href=\"https://x.example.com/" + huge + "\">"
                    + "<script type=\"application/ld+json\">{\"headline\":\"" + huge + "\"}</script></head>"
                    + "<body><h1>Real Headline Here</h1><a href=\"?page=" + huge + "\">2</a></body></html>";
            assertThatCode(() -> readHtml(html, "https://x.example.com/a")).doesNotThrowAnyException();
            PageMetadata m = readHtml(html, "https://x.example.com/a");
            assertThat(m.title()).hasSizeLessThanOrEqualTo(MetaText.MAX_VALUE);
            assertThat(m.authors()).isEmpty();
            assertThat(m.tags()).hasSize(1);
        }

        @Test
        void deeplyNestedAndInvalidJsonLd() {
            String deep = "[".repeat(5000) + "]".repeat(5000);
            String html = "<html><head><script type=\"application/ld+json\">" + deep + "</script>"
                    + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": [1, null, {}, [[]]],"
                    + " \"datePublished\": {\"@value\": 7}, \"headline\": [\"A Headline in an Array\"]}</script>"
                    + "<script type=\"application/ld+json\">{\"@graph\": \"not a graph\", \"@type\": 5}</script>"
                    + "</head><body></body></html>";
            Document page = Jsoup.parse(html);
            assertThatCode(() -> READER.read(page, "https://x.example.com/a")).doesNotThrowAnyException();
            PageMetadata m = READER.read(page, "https://x.example.com/a");
            assertThat(m.title()).isEqualTo("A Headline in an Array");
            assertThat(m.published()).isNull();
        }

        @Test
        void nullDocument() {
            assertThat(READER.read(null, "https://x.example.com/a")).isEqualTo(PageMetadata.NONE);
        }

        @Test
        void visibleDatePrecisionIsKept() {
            PageMetadata m = read("visible-date.html", null);
            assertThat(m.published().precision()).isEqualTo(DatePrecision.MINUTE);
            assertThat(m.canonicalUrl()).isNull();
        }
    }
}
