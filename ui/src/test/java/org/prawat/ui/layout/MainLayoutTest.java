package org.prawat.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.security.Role;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.ViewTest;

class MainLayoutTest extends ViewTest {

    @Test
    void an_hr_officer_is_offered_search_register_attendance_requests_team_and_knowledge_in_thai() {
        signIn(new CurrentUser("hr.somsri", Role.HR_OFFICER, Scope.everything(), null));
        show(new MainLayout(new AuthenticationContext()));

        assertThat(labels())
                .containsExactly(
                        "ค้นหา",
                        "ทะเบียนพนักงาน",
                        "บันทึกผู้เข้าอบรม",
                        "คำขอแก้ไขประวัติ",
                        "ไทม์ไลน์หน่วยงาน",
                        "องค์ความรู้");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
                .isEqualTo("hr.somsri · เจ้าหน้าที่บริหารงานบุคคล");
    }

    @Test
    void a_record_owner_is_offered_only_their_own_case_file_and_knowledge() {
        signIn(new CurrentUser("supaporn", Role.EMPLOYEE, Scope.everything(), new EmployeeId("e-1")));
        show(new MainLayout(new AuthenticationContext()));

        assertThat(labels()).containsExactly("ประวัติของฉัน", "องค์ความรู้");
    }

    @Test
    void in_thai_the_switch_offers_english_and_in_english_everything_reads_in_english() {
        signIn(new CurrentUser("auditor", Role.AUDITOR, Scope.everything(), null));
        show(new MainLayout(new AuthenticationContext()));
        assertThat(_get(Button.class, spec -> spec.withId("language")).getText())
                .isEqualTo("English");

        speak(PrawatTranslations.ENGLISH);
        show(new MainLayout(new AuthenticationContext()));

        assertThat(labels()).containsExactly("Audit", "Read log", "Search", "Team timeline", "Knowledge");
        assertThat(_get(Button.class, spec -> spec.withId("language")).getText())
                .isEqualTo("ไทย");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
                .isEqualTo("auditor · Auditor");
    }

    private static List<String> labels() {
        return _get(SideNav.class, spec -> spec.withId("navigation")).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
