package org.brtimeline.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.SignedInEditor;
import org.brtimeline.WritingTest;
import org.brtimeline.security.Role;
import org.brtimeline.security.UserAccount;
import org.brtimeline.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@WritingTest
class UserAdminViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserService users;

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void the_last_active_admin_s_disable_button_says_why_it_cannot_and_leaves_the_account_active() {
        UserAccount last = SignedInEditor.asAdmin(
                context, () -> users.create("last-admin-view", "a-long-enough-password", Role.ADMIN));
        List<UserAccount> others = SignedInEditor.asAdmin(context, () -> users.all()).stream()
                .filter(u -> u.role() == Role.ADMIN && u.enabled() && !u.id().equals(last.id()))
                .toList();
        SignedInEditor.asAdmin(context, () -> others.forEach(admin -> users.setEnabled(admin.id(), false)));
        try {
            BrowserlessUi.openAs(context, "last-admin-view", "ADMIN");
            UI.getCurrent().navigate("admin/users");
            UserAdminView view = _get(UserAdminView.class);
            int row = GridKt._findAll(view.grid)
                    .indexOf(GridKt._findAll(view.grid).stream()
                            .filter(u -> u.id().equals(last.id()))
                            .findFirst()
                            .orElseThrow());

            HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
            _find(actions, Button.class).stream()
                    .filter(b -> b.getText().equals("Disable"))
                    .findFirst()
                    .orElseThrow()
                    .click();

            expectNotifications("the last active admin cannot be disabled: enable or create another admin first");
            assertThat(users.isActive("last-admin-view")).isTrue();
        } finally {
            SignedInEditor.asAdmin(context, () -> others.forEach(admin -> users.setEnabled(admin.id(), true)));
        }
    }
}
