package org.brtimeline.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class LoginViewTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void the_login_page_links_back_to_the_timeline() {
        BrowserlessUi.openAnonymously(context);

        UI.getCurrent().navigate("login");

        LoginView login = _get(LoginView.class);
        assertThat(login.backToTimeline.getText()).isEqualTo("Back to the timeline");
        assertThat(login.backToTimeline.getHref()).isEqualTo("timeline");
    }
}
