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
import com.vaadin.flow.server.auth.AnonymousAllowed;

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
    }
}
