package dev.warta.server;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web UI in a real browser: Debian's chromium driven by Playwright (scripts/browser.sh installs it).
 * Without chromium these tests fail, saying so: a UI nobody ran is not a tested UI.
 */
class UiTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static TestCorpus corpus;
    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        Assertions.assertThat(Files.isExecutable(CHROMIUM))
                .as("the UI tests need Debian's chromium at %s: run 'bash scripts/browser.sh' (apt-get install -y chromium)", CHROMIUM)
                .isTrue();
        corpus = TestCorpus.get();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
    }

    @AfterAll
    static void quit() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext();
        page = context.newPage();
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        page.onRequest(r -> requests.add(r.url()));
    }

    @AfterEach
    void close() {
        context.close();
        Assertions.assertThat(dialogs).as("dialogs opened by the page").isEmpty();
        Assertions.assertThat(requests).as("everything comes from the server itself")
                .allMatch(u -> u.startsWith(corpus.base() + "/"));
    }

    @Test
    void searchShowsHighlightedHitsAndFacetsFilterThem() {
        page.navigate(corpus.base() + "/");
        page.locator("#q").fill("banjir");
        page.locator("#search-form button").click();
        assertThat(page.locator(".hit")).hasCount(2);
        assertThat(page.locator(".hit mark").first()).hasText("Banjir");
        page.locator("[data-facet=outlet] a", new Page.LocatorOptions().setHasText("portal-c.id")).click();
        assertThat(page).hasURL(Pattern.compile("outlet=portal-c.id"));
        assertThat(page.locator(".hit")).hasCount(1);
        assertThat(page.locator("#filters .chip")).hasCount(2);
    }

    @Test
    void anArticleShowsItsAnnotationsAndLeadsToItsEntities() {
        page.navigate(corpus.base() + "/?q=" + "Kuala%20Lumpur");
        page.locator(".hit a.title").first().click();
        Locator text = page.locator("#article-text");
        assertThat(text).containsText("Kedua pemimpin sepakat");
        assertThat(text.locator("a.ann-mention.person", new Locator.LocatorOptions().setHasText("Prabowo Subianto")).first())
                .isVisible();
        assertThat(text.locator(".ann-quote").first()).containsText("Kami ingin pekerja migran");
        assertThat(text.locator(".ann-event").first()).isVisible();
        assertThat(page.locator("table.events")).containsText("CONSULT");
        text.locator("a.ann-mention", new Locator.LocatorOptions().setHasText("Anwar Ibrahim")).first().click();
        assertThat(page.locator("#entity-name")).containsText("Anwar Ibrahim");
        assertThat(page.locator("svg rect.bar")).hasCount(1);
        assertThat(page.locator("section:has(h2:text-is('Roles'))")).containsText("Perdana Menteri");
        assertThat(page.locator("svg circle.node").first()).isVisible();
        page.locator("svg circle.node").first().click();
        assertThat(page).hasURL(Pattern.compile("entity\\.html\\?name="));
    }

    @Test
    void theEventsTableFiltersByFacetAndChartsMonths() {
        page.navigate(corpus.base() + "/events.html");
        assertThat(page.locator("table.events tbody tr").first()).isVisible();
        Assertions.assertThat(page.locator("table.events tbody tr").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("#chart svg rect.bar").first()).isVisible();
        page.locator("[data-facet=event] a", new Page.LocatorOptions().setHasText("CONSULT")).click();
        assertThat(page.locator("table.events tbody tr")).hasCount(1);
        assertThat(page.locator("#plover")).hasValue("CONSULT");
    }

    @Test
    void aStoryShowsItsTimelineArticlesAndCopies() {
        page.navigate(corpus.base() + "/stories.html");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Presiden Prabowo Subianto bertemu")))
                .click();
        assertThat(page.locator("#story-label")).containsText("Presiden Prabowo Subianto bertemu");
        assertThat(page.locator(".timeline li").first()).containsText("CONSULT");
        assertThat(page.locator(".group")).hasCount(2);
        page.navigate(corpus.base() + "/story.html?id=" + corpus.story(TestCorpus.FLOOD));
        assertThat(page.getByText("Syndicated copies:")).isVisible();
    }

    @Test
    void markupInAnArticleIsShownAsText() {
        page.navigate(corpus.base() + "/article.html?id=" + corpus.id(TestCorpus.HACK));
        Locator text = page.locator("#article-text");
        assertThat(text).containsText(TestCorpus.SCRIPT);
        assertThat(text).containsText("<img src=x onerror=alert(2)>");
        assertThat(text.locator("script, img")).hasCount(0);
        page.navigate(corpus.base() + "/?q=menyisipkan");
        assertThat(page.locator(".hit .snippet")).containsText(TestCorpus.SCRIPT);
        assertThat(page.locator(".hit script, .hit img")).hasCount(0);
    }

    @Test
    void anUnknownArticleSaysSo() {
        page.navigate(corpus.base() + "/article.html?id=0000000000000000");
        assertThat(page.locator(".error")).containsText("no article with id 0000000000000000");
    }
}
