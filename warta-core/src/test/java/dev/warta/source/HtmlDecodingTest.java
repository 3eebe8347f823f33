package dev.warta.source;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warta.model.ContentType;
import dev.warta.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlDecodingTest {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String BODY = "<p>Kafe \u2019Sederhana\u2019 \u2014 kata Menteri \u201cjangan panik\u201d"
            + " soal cr\u00e8me br\u00fbl\u00e9e.</p>";

    @TempDir
    Path dir;

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[0];
        for (byte[] p : parts) {
            int at = all.length;
            all = Arrays.copyOf(all, at + p.length);
            System.arraycopy(p, 0, all, at, p.length);
        }
        return all;
    }

    private static String html(byte[] bytes, String declared) throws Unreadable {
        return Decoding.html(bytes, declared);
    }

    @Test
    void windows1252BytesLabelledUtf8ComeOutRight() throws Unreadable {
        String page = "<meta charset=\"utf-8\">" + BODY;
        assertThat(html(page.getBytes(WINDOWS_1252), null)).isEqualTo(page);
        assertThat(html(BODY.getBytes(WINDOWS_1252), "UTF-8")).isEqualTo(BODY);
    }

    @Test
    void unlabelledBytesAreUtf8WhenValidElseWindows1252() throws Unreadable {
        assertThat(html(BODY.getBytes(UTF_8), null)).isEqualTo(BODY);
        assertThat(html(BODY.getBytes(WINDOWS_1252), null)).isEqualTo(BODY);
    }

    @Test
    void aUtf8TemplateAroundAWindows1252BodyComesOutRightInBothParts() throws Unreadable {
        byte[] mixed = concat("<title>Berita \u2014 Kompas</title>".getBytes(UTF_8), BODY.getBytes(WINDOWS_1252));
        assertThat(html(mixed, "utf-8")).isEqualTo("<title>Berita \u2014 Kompas</title>" + BODY);
    }

    @Test
    void utf8BytesLabelledLatin1OrWindows1252AreReadAsUtf8() throws Unreadable {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">" + BODY;
        assertThat(html(page.getBytes(UTF_8), null)).isEqualTo(page);
        assertThat(html(BODY.getBytes(UTF_8), "windows-1252")).isEqualTo(BODY);
    }

    @Test
    void latin1IsReadAsWindows1252AsBrowsersDo() throws Unreadable {
        // 0x93/0x94 are C1 controls in ISO-8859-1 but the curly quotes every "latin-1" page means.
        byte[] bytes = concat("<meta charset=iso-8859-1><p>".getBytes(UTF_8),
                new byte[] {(byte) 0x93, 'C', 'a', 'f', (byte) 0xE9, (byte) 0x94}, "</p>".getBytes(UTF_8));
        assertThat(html(bytes, null)).isEqualTo("<meta charset=iso-8859-1><p>\u201cCaf\u00e9\u201d</p>");
        assertThat(html("<p>Caf\u00e9 \u00e0 la carte</p>".getBytes(WINDOWS_1252), "us-ascii"))
                .isEqualTo("<p>Caf\u00e9 \u00e0 la carte</p>");
    }

    @Test
    void aByteOrderMarkWinsOverEveryLabel() throws Unreadable {
        String page = "<meta charset=windows-1252>" + BODY;
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page.getBytes(UTF_8));
        assertThat(html(utf8, "windows-1252")).isEqualTo(page);
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(UTF_16LE));
        assertThat(html(le, null)).isEqualTo(page);
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, page.getBytes(UTF_16BE));
        assertThat(html(be, null)).isEqualTo(page);
    }

    @Test
    void theContainerCharsetWinsOverTheMetaTag() throws Unreadable {
        // 0xA4 is the euro sign in ISO-8859-15 and the currency sign in windows-1252.
        byte[] bytes = "<meta charset=utf-8><p>Harga \u20ac 5</p>".getBytes(Charset.forName("ISO-8859-15"));
        assertThat(html(bytes, "ISO-8859-15")).isEqualTo("<meta charset=utf-8><p>Harga \u20ac 5</p>");
        assertThat(html(bytes, null)).isEqualTo("<meta charset=utf-8><p>Harga \u00a4 5</p>");
    }

    @Test
    void aMetaTagSayingUtf16OrAnUnknownCharsetIsJudgedByTheBytes() throws Unreadable {
        String utf16 = "<meta charset=\"utf-16\">" + BODY;
        assertThat(html(utf16.getBytes(WINDOWS_1252), null)).isEqualTo(utf16);
        String unknown = "<meta charset=\"x-rahasia\">" + BODY;
        assertThat(html(unknown.getBytes(UTF_8), null)).isEqualTo(unknown);
    }

    @Test
    void theFiveUnassignedWindows1252BytesBecomeC1ControlsNotReplacementCharacters() throws Unreadable {
        assertThat(html(new byte[] {'a', (byte) 0x81, 'b', (byte) 0x9D}, "windows-1252")).isEqualTo("a\u0081b\u009d");
    }

    @Test
    void overlongAndSurrogateSequencesAreNotUtf8() throws Unreadable {
        // C0 AF is an overlong "/", ED A0 80 a surrogate: invalid UTF-8, so windows-1252 bytes.
        assertThat(html(new byte[] {'x', (byte) 0xC0, (byte) 0xAF}, null)).isEqualTo("x\u00c0\u00af");
        assertThat(html(new byte[] {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, null))
                .isEqualTo("x\u00ed\u00a0\u20ac");
        assertThat(html("x\uD83D\uDCF0".getBytes(UTF_8), null)).isEqualTo("x\uD83D\uDCF0");
    }

    @Test
    void emptyAndBinaryHtmlAreStillRefused() {
        assertThatThrownBy(() -> html(" \n".getBytes(UTF_8), null)).hasMessage("empty input");
        assertThatThrownBy(() -> html(new byte[] {(byte) 0xFF, (byte) 0xFE}, null)).hasMessage("empty input");
        assertThatThrownBy(() -> html(new byte[] {'<', 'p', 0, 1, 2}, null))
                .hasMessage("binary content (NUL byte at 2), not text");
    }

    @Test
    void anHtmlFileLabelledUtf8ButWrittenInWindows1252ReadsRight() throws IOException {
        String page = "<html><head><meta charset=\"UTF-8\"><title>Kafe</title></head><body>" + BODY + "</body></html>";
        Path p = Files.write(dir.resolve("kafe.html"), page.getBytes(WINDOWS_1252));
        try (var s = new Inputs(ReadLimits.DEFAULT, new ByteArrayInputStream(new byte[0])).read(p.toString())) {
            assertThat(s.toList()).singleElement().isInstanceOfSatisfying(RawDocument.class, d -> {
                assertThat(d.contentType()).isEqualTo(ContentType.HTML);
                assertThat(d.content()).isEqualTo(page).contains("\u00e9", "\u2019", "\u2014");
            });
        }
    }
}
