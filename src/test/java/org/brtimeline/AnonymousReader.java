package org.brtimeline;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For browserless view tests ({@code @ExtendWith(AnonymousReader.class)} after a Spring test
 * annotation): each test opens the application's UI as an anonymous reader and closes it after.
 */
public class AnonymousReader implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        BrowserlessUi.openAnonymously(SpringExtension.getApplicationContext(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserlessUi.close();
    }
}
