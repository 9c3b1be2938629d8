package org.brtimeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real, headless Chromium (the system's /usr/bin/chromium) driven by Playwright. Without it the
 * browser tests are skipped with a message saying how to enable them.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSession start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Browser tests skipped: no Chromium at " + CHROMIUM
                + ". Install it with `apt-get install -y chromium` (as .ci/run does) to run them.");
        // A cold server on a busy 2-core CI machine can take several seconds for its first pages.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        Playwright playwright = Playwright.create();
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
        return new BrowserSession(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
