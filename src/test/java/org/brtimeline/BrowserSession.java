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

    /**
     * Where screenshots go: {@code target/screenshots} by default, so that a test run changes nothing tracked;
     * {@code -Dscreenshots=docs} refreshes the README's pictures in {@code docs/screenshots}.
     */
    public static Path screenshot(String name) {
        String where = System.getProperty("screenshots", "target/screenshots");
        return ("docs".equals(where) ? Path.of("docs", "screenshots") : Path.of(where)).resolve(name);
    }

    /** Skips the browser tests where no Chromium is installed, except on CI (CI=true), where that is a failure. */
    public static BrowserSession start() {
        String missing =
                "no Chromium at " + CHROMIUM + ". Install it with `apt-get install -y chromium` (as .ci/run does).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("The browser tests cannot run on CI: " + missing);
            }
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "Browser tests skipped: " + missing);
        // A cold server on a busy 2-core CI machine can take several seconds for its first pages.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        Playwright playwright = Playwright.create();
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
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
