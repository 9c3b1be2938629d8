package org.brtimeline.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.security.Role;
import org.brtimeline.security.UserAccount;
import org.brtimeline.security.UserService;

/** Admins create editor accounts, disable and re-enable them, and reset their passwords. */
@Route("admin/users")
@PageTitle("Users · Belarus–Russia timeline")
@RolesAllowed("ADMIN")
public class UserAdminView extends VerticalLayout {

    final Grid<UserAccount> grid = new Grid<>();
    final TextField username = new TextField("New editor's user name");
    final Paragraph secret = new Paragraph();
    private final UserService users;

    public UserAdminView(UserService users) {
        this.users = users;
        grid.addColumn(UserAccount::username).setHeader("User name");
        grid.addColumn(u -> u.role().name().toLowerCase()).setHeader("Role");
        grid.addColumn(u -> u.enabled() ? "active" : "disabled").setHeader("Status");
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions");
        Button create = new Button("Create editor", e -> createEditor());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2("Editors and admins"), form, secret, grid);
        refresh();
    }

    private HorizontalLayout actions(UserAccount account) {
        Button toggle = new Button(account.enabled() ? "Disable" : "Enable", e -> {
            try {
                users.setEnabled(account.id(), !account.enabled());
                refresh();
            } catch (IllegalArgumentException refused) {
                Notification.show(InvalidValueException.problemIn(refused));
            }
        });
        Button reset = new Button("Reset password", e -> {
            String password = UserService.randomPassword();
            users.resetPassword(account.id(), password);
            showOnce(account.username(), password);
        });
        return new HorizontalLayout(toggle, reset);
    }

    private void createEditor() {
        try {
            String password = UserService.randomPassword();
            UserAccount created = users.create(username.getValue(), password, Role.EDITOR);
            username.clear();
            username.setInvalid(false);
            showOnce(created.username(), password);
            refresh();
        } catch (IllegalArgumentException e) {
            username.setErrorMessage(InvalidValueException.problemIn(e));
            username.setInvalid(true);
        }
    }

    private void showOnce(String name, String password) {
        secret.setText("Password for " + name + ": " + password + " — give it to them now; it is not shown again.");
        Notification.show("Password set for " + name);
    }

    private void refresh() {
        grid.setItems(users.all());
    }
}
