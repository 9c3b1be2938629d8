package org.brtimeline.timeline;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.brtimeline.BrowserSession;
import org.brtimeline.chronology.ChronologyService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A reader's browser: the application on a random port (the read-only corpus context), one headless
 * Chromium for the class and a fresh page (1400 × 900) for each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ReaderBrowserTest {

    private static BrowserSession session;

    @LocalServerPort
    int port;

    @Autowired
    ChronologyService chronology;

    private BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowser() {
        session = BrowserSession.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = session.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** A phone instead of the desktop: 390 × 844, a touch screen, mobile layout. */
    void useAPhone() {
        context.close();
        context = session.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setDeviceScaleFactor(3));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The events drawn on the chart (points and bars, not clusters). */
    static BrowserSession browserSession() {
        return session;
    }

    Locator events() {
        return page.locator(".vis-item.vis-point, .vis-item.vis-range:not(.cluster)");
    }
}
