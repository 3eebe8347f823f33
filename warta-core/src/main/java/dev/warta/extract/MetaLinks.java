package dev.warta.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * URLs a page states about itself: absolute resolution, and the following pages of a multi-page
 * article (rel=next, pager links "Selanjutnya"/"Next"/"Berikutnya"/"Halaman 2"/"2", {@code ?page=N}
 * and {@code /N} forms), kept only when they lead to another page of the same article.
 */
final class MetaLinks {
    private static final Pattern REL_NEXT = Pattern.compile("(?:.*\\s)?next(?:\\s.*)?");
    private static final Pattern PAGE_PARAM = Pattern.compile(
            "(?i)(?:^|&)(?:page|halaman|hal|pg|paged|pagenum|pagina)=(\\d{1,3})(?=&|$)");
    private static final Pattern PAGE_PATH = Pattern.compile("(?i)(?:/(?:page|halaman|hal)[/-]?)?/(\\d{1,3})/?$");
    private static final Pattern NEXT_TEXT = Pattern.compile(
            "(?i)^(?:selanjutnya|berikutnya|halaman\\s+(?:selanjutnya|berikutnya)|hal(?:aman)?\\.?\\s+berikut(?:nya)?|"
                    + "next|next\\s+page|lanjut|lanjutkan|continue|continue\\s+reading|»|›|>|>>|→)"
                    + "\\s*(?:[»›>→]+)?$");
    private static final Pattern NUMBER_TEXT = Pattern.compile("(?i)^(?:halaman|hal\\.?|page|pg\\.?)?\\s*(\\d{1,3})$");
    private static final int MAX_LINKS = 5000;

    private MetaLinks() {
    }

    /** {@code href} made absolute against {@code base}; null when it is not an http(s) URL. */
    static String absolute(String href, String base) {
        String h = MetaText.clean(href);
        if (h == null || h.length() > 2000 || h.startsWith("javascript:") || h.startsWith("data:")
                || h.startsWith("#")) {
            return null;
        }
        try {
            URI u;
            if (base != null && !base.isBlank() && !h.matches("(?i)^https?://.*")) {
                URI b = new URI(base.replace(" ", "%20"));
                u = h.startsWith("//") ? new URI((b.getScheme() == null ? "https" : b.getScheme()) + ":" + h)
                        : b.resolve(new URI(h.replace(" ", "%20")));
            } else {
                u = new URI(h.startsWith("//") ? "https:" + h : h.replace(" ", "%20"));
            }
            String s = u.toString();
            return s.matches("(?i)^https?://[^/?#]+.*") ? s : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Links to the later pages of the article, in page order. */
    static List<String> nextPages(PageElements page, String here, String canonical) {
        String current = here != null ? here : canonical;
        if (current == null) {
            return List.of();
        }
        Key me = key(current);
        if (me == null) {
            return List.of();
        }
        Key canon = canonical == null ? null : key(canonical);
        int currentPage = Math.max(me.page, canon != null && canon.base.equals(me.base) ? canon.page : 1);
        Map<Integer, String> numbered = new TreeMap<>();
        int seen = 0;
        for (Element a : page.all()) {
            if (!(a.nameIs("a") && a.hasAttr("href") || a.nameIs("link") && a.attr("rel").strip().equalsIgnoreCase("next"))) {
                continue;
            }
            if (++seen > MAX_LINKS) {
                break;
            }
            // the text first: resolving every link of a page costs more than reading a few words
            String rel = a.attr("rel");
            boolean relNext = !rel.isEmpty() && REL_NEXT.matcher(rel.toLowerCase(Locale.ROOT)).matches();
            String text = MetaText.clean(a.text());
            text = text == null ? "" : text;
            Matcher num = NUMBER_TEXT.matcher(text);
            boolean nextText = NEXT_TEXT.matcher(text).matches() || relNext;
            if (!nextText && !num.matches()) {
                continue;
            }
            String url = absolute(a.attr("href"), current);
            if (url == null) {
                continue;
            }
            Key k = key(url);
            if (k == null || !sameArticle(k, me, canon)) {
                continue;
            }
            if (num.matches()) {
                int n = Integer.parseInt(num.group(1));
                if (n > currentPage && n == k.page) {
                    numbered.putIfAbsent(n, url);
                }
            } else if (nextText && k.page > currentPage) {
                numbered.putIfAbsent(k.page, url);
            }
        }
        return new ArrayList<>(numbered.values());
    }

    private static boolean sameArticle(Key k, Key me, Key canon) {
        return k.base.equals(me.base) || canon != null && k.base.equals(canon.base);
    }

    /** A URL without its page marker: host + path + the other query parameters, and the page number. */
    private record Key(String base, int page) {
    }

    private static Key key(String url) {
        try {
            URI u = new URI(url);
            if (u.getHost() == null) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(?:www|m|amp)\\.", "");
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            String query = u.getRawQuery() == null ? "" : u.getRawQuery();
            int page = 1;
            Matcher q = PAGE_PARAM.matcher(query);
            if (q.find()) {
                page = Integer.parseInt(q.group(1));
                query = (query.substring(0, q.start()) + query.substring(q.end())).replaceFirst("^&", "");
            }
            Matcher p = PAGE_PATH.matcher(path);
            if (page == 1 && p.find() && p.start() > 0 && path.substring(0, p.start()).matches(".*[a-zA-Z].*")) {
                // "/slug/2" and "/slug/page/2"; a bare number after a path of numbers is an id, not a page
                page = Integer.parseInt(p.group(1));
                path = path.substring(0, p.start());
            }
            // "/slug.html" and "/slug?page=2" are one article
            path = path.replaceFirst("/+$", "").replaceFirst("(?i)\\.(?:s?html?|php|aspx?)$", "");
            return new Key(host + path + (query.isEmpty() ? "" : "?" + query), page);
        } catch (Exception e) {
            return null;
        }
    }
}
