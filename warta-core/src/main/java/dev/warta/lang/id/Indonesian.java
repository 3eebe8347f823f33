package dev.warta.lang.id;

import static dev.warta.lang.BoilerplateRule.line;
import static dev.warta.lang.BoilerplateRule.related;

import dev.warta.lang.BoilerplateRule;
import dev.warta.lang.CalendarWords;
import dev.warta.lang.CitationRules;
import dev.warta.lang.CreditRules;
import dev.warta.lang.LanguagePack;
import dev.warta.model.CreditRole;
import dev.warta.model.RemovalKind;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Bahasa Indonesia: the conventions of Indonesian online news. */
public final class Indonesian extends LanguagePack {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // Video prompts first: "Simak juga video ..." is a video, not a related article.
    // Rules that could also start a body sentence need the shape of a prompt (a colon, a call to
    // action naming a channel, a line of its own), not just the first word.
    private static final List<BoilerplateRule> BOILERPLATE = List.of(
            line(RemovalKind.VIDEO, "^(simak|tonton|saksikan)\\s+(juga\\s+)?video\\b", 400),
            related(RemovalKind.RELATED, "^(baca|lihat|simak)\\s+(juga|pula)\\b\\s*(:|$|[\\p{Lu}\"“])", 400),
            related(RemovalKind.RELATED, "^(artikel|berita)\\s+(terkait|lainnya|pilihan)\\s*(:|$)", 400),
            related(RemovalKind.RELATED, "^pilihan\\s+editor\\s*(:|$)", 400),
            related(RemovalKind.RELATED, "^baca\\s+(selengkapnya|berita\\s+lainnya)\\s*(:|$|di\\b)", 400),
            line(RemovalKind.AD, "^(iklan|advertorial)$|^(gulir|scroll)\\s+(ke\\s+bawah\\s+)?untuk\\s+melanjutkan", 60),
            line(RemovalKind.PROMO, "^(ikuti|follow|dapatkan|download|unduh|klik|gabung|bergabung|cek|kunjungi"
                    + "|simak|baca)\\b.*\\b(google\\s+news|whatsapp|telegram|channel|saluran|aplikasi|di\\s*sini"
                    + "|instagram|youtube|tiktok|facebook|twitter)\\b", 160),
            line(RemovalKind.SOCIAL, "^bagikan\\b.*\\b(whatsapp|facebook|twitter|x|telegram|link|tautan|artikel)\\b"
                    + "|^(bagikan|komentar|tulis\\s+komentar|lihat\\s+komentar)(\\s*\\(?\\d+\\)?)?$", 100),
            line(RemovalKind.PAGINATION, "^halaman\\s*:?\\s*\\d+(\\s+\\d+)*(\\s+(selanjutnya|berikutnya))?$", 60),
            line(RemovalKind.PAGINATION, "^(halaman\\s+)?(selanjutnya|berikutnya|sebelumnya)$", 60),
            line(RemovalKind.PAGINATION, "^halaman\\s+(selanjutnya|berikutnya)\\s*(:|>|»|$)", 60),
            line(RemovalKind.FOOTER, "^(©|hak\\s+cipta\\s+(©|\\d{4}|dilindungi))", 160));

    public Indonesian() {
        super("id", BOILERPLATE, creditRules(), citationRules(), calendarWords(),
                Set.of("dan", "bin", "binti", "van", "de", "der", "al", "el"));
    }

    @Override
    public Optional<String> pressCountry() {
        return Optional.of("IDN");
    }

    @Override
    protected List<String> activeForms(String word) {
        return PassiveForms.activeOf(word);
    }

    private static CreditRules creditRules() {
        Map<String, CreditRole> labels = new LinkedHashMap<>();
        labels.put("penulis", CreditRole.WRITER);
        labels.put("editor", CreditRole.EDITOR);
        labels.put("redaktur", CreditRole.EDITOR);
        labels.put("penyunting", CreditRole.EDITOR);
        labels.put("reporter", CreditRole.REPORTER);
        labels.put("pewarta", CreditRole.REPORTER);
        labels.put("wartawan", CreditRole.REPORTER);
        labels.put("kontributor", CreditRole.REPORTER);
        return new CreditRules(labels,
                Pattern.compile("^laporan\\s+(wartawan|reporter|kontributor)\\s+(?<outlet>[^,]{2,60}),\\s*(?<name>.+)$", I),
                Map.of("ant", "Antara", "antara", "Antara", "afp", "AFP", "rtr", "Reuters", "ap", "AP"),
                Set.of("tim", "redaksi", "admin", "adv", "advertorial"));
    }

    private static CitationRules citationRules() {
        return new CitationRules(
                List.of(Pattern.compile("\\b(?:seperti\\s+|sebagaimana\\s+)?(?:dilansir|dikutip|diberitakan|dilaporkan"
                                + "|disiarkan|diwartakan)(?:\\s+(?:dari|oleh))?\\s+", I),
                        Pattern.compile("\\b(?:melansir|mengutip|menukil)(?:\\s+dari)?\\s+", I),
                        Pattern.compile("\\bmenurut\\s+(?:laporan|pemberitaan)\\s+", I)),
                List.of(),
                List.of("keterangan resmi", "keterangan tertulis", "siaran pers", "laman resmi", "situs resmi",
                        "akun resmi", "kantor berita", "portal berita", "surat kabar", "laman", "situs", "akun",
                        "harian", "media", "majalah", "stasiun televisi", "televisi", "data", "laporan",
                        "catatan"),
                Set.of("seperti", "sebagaimana", "dilansir", "dikutip", "diberitakan", "dilaporkan", "disiarkan",
                        "diwartakan", "melansir", "mengutip", "menukil", "menurut"));
    }

    private static CalendarWords calendarWords() {
        String[][] months = {
                {"januari", "jan"}, {"februari", "feb", "pebruari", "peb"}, {"maret", "mar", "mrt"}, {"april", "apr"},
                {"mei"}, {"juni", "jun"}, {"juli", "jul"}, {"agustus", "agu", "agt", "ags", "agust"},
                {"september", "sep", "sept"}, {"oktober", "okt"}, {"november", "nov", "nop", "nopember"},
                {"desember", "des"}};
        Set<String> weekdays = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad");
        Map<String, ZoneOffset> zones = Map.of("wib", ZoneOffset.ofHours(7), "wita", ZoneOffset.ofHours(8),
                "wit", ZoneOffset.ofHours(9));
        Set<String> firstPublished = Set.of("pertama kali tayang", "pertama kali terbit", "pertama kali dimuat",
                "pertama kali diterbitkan", "pertama kali dipublikasikan");
        return CalendarWords.of(months, weekdays, zones, Set.of("pukul", "jam"), Set.of("diperbarui"),
                firstPublished);
    }
}
