package vn.vnpt.bacgiang.cskh.handoff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.CustomerTask;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverChoice;

class HandoffAfterAContactViewTest extends KaribuTest {

    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private CustomerService customers;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aHandOffRaisedFromACompletedTasksContactOnTheCustomerPageCarriesTheCampaignAndTheContact() {
        WorklistRow task = completedTask();
        long completing = Objects.requireNonNull(jdbc.queryForObject(
                "SELECT MAX(id) FROM care_contact WHERE task_id = ?", Long.class, task.taskId()));

        login("vietyen.cskh1");
        navigate("customer/" + task.customerId());
        assertThat(_get(Div.class, spec -> spec.withId("campaign-care")).getElement().getTextRecursively())
                .contains("Chăm sóc trong chiến dịch (1)", task.campaignName(), "Hoàn thành",
                        "Người chăm sóc: Vũ Văn Nam", "Khách báo mạng chập chờn buổi tối", "Khách không nghe máy");
        List<Anchor> raise = _find(Anchor.class, spec -> spec.withClasses("campaign-care-handoff"));
        assertThat(raise).hasSize(2).allSatisfy(link -> assertThat(link.getText()).isEqualTo("Chuyển yêu cầu"));
        String[] href = raise.getFirst().getHref().split("\\?", 2);
        assertThat(QueryParameters.fromString(href[1]).getParameters()).containsEntry("contact",
                List.of(String.valueOf(completing)));
        UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));

        _assertOne(HandoffRaiseView.class);
        assertThat(Objects.requireNonNull(linkField().getValue()).taskId()).isEqualTo(task.taskId());
        assertThat(_get(Span.class, spec -> spec.withId("handoff-after-contact")).getText())
                .contains("Sau lần chăm sóc", "Vũ Văn Nam", "Liên lạc được, đồng ý");
        long id = send("Khách báo mạng chập chờn, nhờ kiểm tra đường dây");
        assertThat(jdbc.queryForMap("SELECT campaign_id, task_id, contact_id FROM handoff WHERE id = ?", id))
                .containsExactlyInAnyOrderEntriesOf(Map.of("campaign_id", task.campaignId(), "task_id", task.taskId(),
                        "contact_id", completing));

        login("ttvt.yendung");
        navigate("handoff/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("handoff-packet")).getElement().getTextRecursively())
                .contains("Chương trình CSKH", task.campaignName(), "Khách không nghe máy");
        assertThat(_get(Div.class, spec -> spec.withClasses("handoff-contact-trigger")).getElement()
                .getTextRecursively()).contains("Lần chăm sóc dẫn đến yêu cầu", "Khách báo mạng chập chờn buổi tối");
    }

    @Test
    void theRaiseFormFromTheMenuOffersTheCustomersCurrentCampaignTasksAndLinkingOneFillsThePacket() {
        WorklistRow task = completedTask();

        login("vietyen.cskh1");
        navigate("handoffs/new");
        _setValue(customerField(), customers.details(task.customerId()).customer());
        Select<CustomerTask> link = linkField();
        assertThat(link.getLabel()).isEqualTo("Liên kết với chiến dịch");
        assertThat(link.getValue()).isNull();
        assertThat(link.getListDataView().getItems()).extracting(CustomerTask::taskId).containsExactly(task.taskId());
        assertThat(link.getItemLabelGenerator().apply(link.getListDataView().getItems().findFirst().orElseThrow()))
                .isEqualTo(task.campaignName() + " · Hoàn thành · Vũ Văn Nam");
        _setValue(link, link.getListDataView().getItems().findFirst().orElseThrow());
        long id = send("Khách báo mất mạng sau cuộc gọi chăm sóc");
        assertThat(jdbc.queryForMap("SELECT campaign_id, campaign_name, task_id FROM handoff WHERE id = ?", id))
                .containsExactlyInAnyOrderEntriesOf(Map.of("campaign_id", task.campaignId(), "campaign_name",
                        task.campaignName(), "task_id", task.taskId()));

        login("ttvt.yendung");
        navigate("handoff/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("handoff-packet")).getElement().getTextRecursively())
                .contains(task.campaignName(), "Khách báo mạng chập chờn buổi tối", "Khách không nghe máy");
        assertThat(_find(Div.class, spec -> spec.withClasses("handoff-contact-trigger"))).isEmpty();
    }

    /** A task of vietyen.cskh1 completed by its second call. */
    private WorklistRow completedTask() {
        WorklistRow task = fixture.careTask("Chuyển sau lần chăm sóc");
        fixture.logCall(task.campaignId(), ContactOutcome.NOT_REACHED, "Khách không nghe máy");
        fixture.logCall(task.campaignId(), ContactOutcome.REACHED_ACCEPTED, "Khách báo mạng chập chờn buổi tối");
        return task;
    }

    /** Sends the form to TTVT Yên Dũng (the hand-off tests' receiver) and returns the new hand-off's id. */
    private long send(String description) {
        Select<ReceiverChoice> receiver = receiverField();
        _setValue(receiver, receiver.getListDataView().getItems()
                .filter(choice -> choice.id() == HandoffFixture.TTVT_YEN_DUNG).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withId("handoff-description")), description);
        _click(_get(Button.class, spec -> spec.withId("handoff-send")));
        return Objects.requireNonNull(jdbc.queryForObject("SELECT MAX(id) FROM handoff WHERE description = ?",
                Long.class, description));
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
