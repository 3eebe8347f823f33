package dev.warta.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The author WordPress's Google Tag Manager plugin puts in the page's data layer
 * ({@code "pagePostAuthor":"Krystyna"}): the display name of the account that posted, which is the
 * writer on a site with one author, and only an uploader's name where the page credits someone else.
 */
final class AuthorsFromDataLayer {
    private static final Pattern POST_AUTHOR = Pattern.compile("\"pagePostAuthor\"\\s*:\\s*\"([^\"\\\\]{1,100})\"");
    private static final int MAX_SCRIPTS = 200;

    private AuthorsFromDataLayer() {
    }

    static Byline read(PageElements page) {
        int seen = 0;
        for (Element s : page.tagged("script")) {
            if (++seen > MAX_SCRIPTS) {
                break;
            }
            String code = s.data();
            if (code.contains("pagePostAuthor")) {
                Matcher m = POST_AUTHOR.matcher(code);
                if (m.find()) {
                    return new Byline(List.of(m.group(1)), Byline.Source.METADATA);
                }
            }
        }
        return new Byline(List.of(), Byline.Source.METADATA);
    }
}
