package org.brtimeline.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.csrf.CsrfToken;

/** The editors' login. Its error never says which of user name or password was wrong. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Belarus–Russia timeline")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    final Anchor backToTimeline = new Anchor("timeline", "Back to the timeline");

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Editors' login");
        i18n.getErrorMessage().setTitle("Incorrect user name or password");
        i18n.getErrorMessage()
                .setMessage("Check both and try again. After several failures each new try must wait longer.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(
                form,
                new Paragraph(
                        "Readers need no account: the timeline, the chronology and the articles are open to all."),
                new Paragraph(backToTimeline));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        form.setAction(actionWithCsrfToken());
    }

    /**
     * The form posts natively and sends only the user name and the password, so the session's CSRF token rides in
     * the action's query (a token that is replaced at the login, so an access log that keeps it keeps nothing of use).
     */
    private static String actionWithCsrfToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object token = request == null ? null : request.getAttribute(CsrfToken.class.getName());
        return token instanceof CsrfToken csrf
                ? "login?" + csrf.getParameterName() + "=" + URLEncoder.encode(csrf.getToken(), StandardCharsets.UTF_8)
                : "login";
    }
}
