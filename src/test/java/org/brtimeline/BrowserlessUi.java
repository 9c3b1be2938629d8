package org.brtimeline;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Opens the application's UI without a browser (Karibu-Testing), as an anonymous reader or as a
 * logged-in user with roles, so that the views' access rules apply as in production.
 */
public final class BrowserlessUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.brtimeline");

    private static ApplicationContext opened;

    private BrowserlessUi() {}

    public static void openAnonymously(ApplicationContext context) {
        opened = context;
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    public static void openAs(ApplicationContext context, String username, String... roles) {
        var authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        var authentication = new UsernamePasswordAuthenticationToken(username, "n/a", authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // The services check roles through this application's own holder (see SignedInEditor).
        SignedInEditor.signIn(context, authentication);
        openAnonymously(context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> List.of(roles).contains(role.replaceFirst("^ROLE_", "")));
    }

    public static void close() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        if (opened != null) {
            SignedInEditor.signOut(opened);
            opened = null;
        }
    }
}
