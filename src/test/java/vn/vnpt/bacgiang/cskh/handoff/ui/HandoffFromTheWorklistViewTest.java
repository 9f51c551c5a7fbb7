package vn.vnpt.bacgiang.cskh.handoff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ui.WorklistPage.filter;
import static vn.vnpt.bacgiang.cskh.execution.ui.WorklistPage.grid;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.CustomerTask;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverChoice;

class HandoffFromTheWorklistViewTest extends KaribuTest {

    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void fromAWorklistTaskTheCareStaffMemberRaisesAHandOffAndTheTtvtReadsTheTasksContacts() {
        WorklistRow task = fixture.careTask("Chuyển từ danh sách");
        fixture.logCall(task.campaignId(), ContactOutcome.NOT_REACHED, "Khách không nghe máy buổi sáng");
        fixture.logCall(task.campaignId(), ContactOutcome.NOT_REACHED, "Khách nhắn lại: mạng mất từ hôm qua");

        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(task.campaignId())));
        Grid<WorklistRow> worklist = grid();
        worklist.select(GridKt._findAll(worklist).stream().filter(row -> row.taskId() == task.taskId()).findFirst()
                .orElseThrow());
        Anchor link = _get(Anchor.class, spec -> spec.withId("task-handoff"));
        assertThat(link.getText()).isEqualTo("Chuyển yêu cầu xử lý");
        String[] href = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));

        _assertOne(HandoffRaiseView.class);
        ComboBox<Customer> customer = customerField();
        assertThat(Objects.requireNonNull(customer.getValue()).getId()).isEqualTo(task.customerId());
        assertThat(customer.isReadOnly()).isTrue();
        assertThat(Objects.requireNonNull(linkField().getValue()).taskId()).isEqualTo(task.taskId());
        Select<ReceiverChoice> receiver = receiverField();
        _setValue(receiver, receiver.getListDataView().getItems()
                .filter(choice -> choice.id() == HandoffFixture.TTVT_YEN_DUNG).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withId("handoff-description")), "Kiểm tra đường dây giúp khách");
        _click(_get(Button.class, spec -> spec.withId("handoff-send")));
        long id = Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM handoff WHERE task_id = ?",
                Long.class, task.taskId()));

        login("ttvt.yendung");
        navigate("handoff/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("handoff-packet")).getElement().getTextRecursively())
                .contains(task.campaignName(), "Gọi điện · Chưa liên lạc được", "Khách không nghe máy buổi sáng",
                        "Khách nhắn lại: mạng mất từ hôm qua", "Vũ Văn Nam");
    }

    @Test
    void aTaskCompletedTodayOpensFromDoneTodayAndItsContactRaisesAHandOffThatNamesThatContact() {
        WorklistRow task = fixture.careTask("Chuyển sau khi hoàn thành");
        fixture.logCall(task.campaignId(), ContactOutcome.REACHED_ACCEPTED, "Khách báo Internet chập chờn buổi tối");
        long contact = Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM care_contact WHERE task_id = ?",
                Long.class, task.taskId()));

        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(task.campaignId())));
        assertThat(GridKt._findAll(grid())).extracting(WorklistRow::taskId).doesNotContain(task.taskId());
        _setValue(filter(), WorklistFilter.DONE_TODAY);
        grid().select(GridKt._findAll(grid()).stream().filter(row -> row.taskId() == task.taskId())
                .findFirst().orElseThrow());
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("task-contact-handoff"));
        assertThat(link.getText()).isEqualTo("Chuyển yêu cầu");
        String[] href = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));

        assertThat(Objects.requireNonNull(linkField().getValue()).taskId()).isEqualTo(task.taskId());
        Select<ReceiverChoice> receiver = receiverField();
        _setValue(receiver, receiver.getListDataView().getItems()
                .filter(choice -> choice.id() == HandoffFixture.TTVT_YEN_DUNG).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withId("handoff-description")), "Kiểm tra đường truyền buổi tối");
        _click(_get(Button.class, spec -> spec.withId("handoff-send")));

        assertThat(jdbc.queryForMap("SELECT campaign_id, task_id, contact_id FROM handoff WHERE id = "
                + "(SELECT MAX(id) FROM handoff WHERE task_id = ?)", task.taskId()))
                .containsEntry("campaign_id", task.campaignId()).containsEntry("task_id", task.taskId())
                .containsEntry("contact_id", contact);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Customer> customerField() {
        return _get(ComboBox.class, spec -> spec.withId("handoff-customer"));
    }

    @SuppressWarnings("unchecked")
    private static Select<CustomerTask> linkField() {
        return _get(Select.class, spec -> spec.withId("handoff-link"));
    }

    @SuppressWarnings("unchecked")
    private static Select<ReceiverChoice> receiverField() {
        return _get(Select.class, spec -> spec.withId("handoff-receiver"));
    }
}
