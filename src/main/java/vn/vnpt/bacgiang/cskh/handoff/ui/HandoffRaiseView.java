package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerDetails;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.customer.Subscription;
import vn.vnpt.bacgiang.cskh.execution.CustomerTask;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.TaskContact;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffDraft;
import vn.vnpt.bacgiang.cskh.handoff.HandoffPriority;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.HandoffType;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverChoice;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Raises a hand-off: {@code handoffs/new?customer=<id>&campaign=<id>&task=<id>&contact=<id>} (the
 * worklist and the customer page's care in campaigns link here; only the customer is needed, and
 * without it the form asks for one). The customer's care tasks in running campaigns are offered to
 * link, the one in the link chosen. The receiver defaults to the TTVT of the customer's district for
 * technical work.
 */
@Route("handoffs/new")
@RolesAllowed(Permissions.HANDOFF_RAISE)
@StyleSheet("context://styles/handoff.css")
class HandoffRaiseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HandoffService handoffs;
    private final CustomerService customers;
    private final ExecutionService execution;
    private final ComboBox<Customer> customer = new ComboBox<>();
    private final Select<Subscription> subscription = new Select<>();
    private final Select<HandoffType> type = new Select<>();
    private final Select<HandoffPriority> priority = new Select<>();
    private final Select<ReceiverChoice> receiver = new Select<>();
    private final TextArea description = new TextArea();
    private final Select<CustomerTask> link = new Select<>();
    private final Span afterContact = new Span();
    private @Nullable CustomerDetails details;
    private @Nullable Long campaignId;
    private @Nullable Long taskId;
    private @Nullable Long contactId;

    HandoffRaiseView(HandoffService handoffs, CustomerService customers, ExecutionService execution) {
        this.handoffs = handoffs;
        this.customers = customers;
        this.execution = execution;
        addClassNames("view", "handoff-raise");
        Div header = new Div(new H1(getTranslation("handoff.raise.title")));
        header.addClassName("view-header");
        add(new RouterLink(getTranslation("handoff.view.back"), HandoffQueueView.class), header, form());
    }

    private FormLayout form() {
        customer.setLabel(getTranslation("handoff.customer"));
        customer.setId("handoff-customer");
        customer.setItems(query -> customers.find(query.getFilter().orElse(null), query.getPage(),
                query.getPageSize()).stream());
        customer.setItemLabelGenerator(found -> found.getName() + " · " + found.getCode());
        customer.setRequired(true);
        customer.addValueChangeListener(event -> chooseCustomer(event.getValue()));

        subscription.setLabel(getTranslation("handoff.packet.subscription"));
        subscription.setId("handoff-subscription");
        subscription.setEmptySelectionAllowed(true);
        subscription.setEmptySelectionCaption(getTranslation("handoff.raise.noSubscription"));
        subscription.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("handoff.raise.noSubscription")
                : getTranslation(chosen.getService().labelKey()) + " " + chosen.getNumber() + " · "
                + chosen.getPackageName());

        type.setLabel(getTranslation("handoff.type"));
        type.setId("handoff-type");
        type.setItems(HandoffType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        type.setValue(HandoffType.REPAIR);
        type.addValueChangeListener(event -> chooseReceivers());

        priority.setLabel(getTranslation("handoff.priority"));
        priority.setId("handoff-priority");
        priority.setItems(HandoffPriority.values());
        priority.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        priority.setValue(HandoffPriority.NORMAL);

        receiver.setLabel(getTranslation("handoff.receiver"));
        receiver.setId("handoff-receiver");
        receiver.setItemLabelGenerator(ReceiverChoice::name);

        description.setLabel(getTranslation("handoff.description"));
        description.setId("handoff-description");
        description.setRequired(true);
        description.setMaxLength(Handoff.TEXT_MAX);
        description.setHelperText(getTranslation("handoff.raise.descriptionHelp"));

        link.setLabel(getTranslation("handoff.raise.link"));
        link.setId("handoff-link");
        link.setEmptySelectionAllowed(true);
        link.setEmptySelectionCaption(getTranslation("handoff.raise.noLink"));
        link.setHelperText(getTranslation("handoff.raise.linkHelp"));
        link.setItemLabelGenerator(task -> task == null ? getTranslation("handoff.raise.noLink")
                : getTranslation("handoff.raise.linkItem", task.campaignName(), getTranslation(task.state().labelKey()),
                task.assigneeName() == null ? getTranslation("handoff.raise.unassigned") : task.assigneeName()));
        link.addValueChangeListener(event -> showContact());
        afterContact.addClassName("handoff-raise-contact");
        afterContact.setId("handoff-after-contact");
        afterContact.setVisible(false);
        Button send = new Button(getTranslation("handoff.raise.send"), click -> send());
        send.setId("handoff-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(customer, subscription, link, afterContact, type, priority, receiver,
                description, send);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(link, 2);
        form.setColspan(afterContact, 2);
        form.setColspan(description, 2);
        chooseReceivers();
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        campaignId = number(query, "campaign");
        taskId = number(query, "task");
        contactId = number(query, "contact");
        Long customerId = number(query, "customer");
        if (customerId != null) {
            CustomerDetails found = customers.details(customerId); // out of scope: the friendly refusal page
            customer.setItems(List.of(found.customer()));
            customer.setValue(found.customer());
            customer.setReadOnly(true);
        }
    }

    private void chooseCustomer(@Nullable Customer chosen) {
        details = chosen == null ? null : customers.details(Objects.requireNonNull(chosen.getId()));
        subscription.setItems(details == null ? List.of() : details.subscriptions());
        offerTasks();
        chooseReceivers();
    }

    /** The customer's care tasks to link, choosing the one the link named (by task, else by campaign). */
    private void offerTasks() {
        List<CustomerTask> tasks = details == null ? List.of()
                : execution.customerTasks(Objects.requireNonNull(details.customer().getId()));
        link.setItems(tasks);
        link.setInvalid(false);
        Optional<CustomerTask> named = tasks.stream().filter(task -> taskId != null ? task.taskId() == taskId
                : campaignId != null && task.campaignId() == campaignId).findFirst();
        link.setValue(named.orElse(null));
        if (taskId != null && named.isEmpty()) {
            link.setErrorMessage(getTranslation("handoff.raise.linkNotOffered"));
            link.setInvalid(true);
        }
    }

    /** The contact the hand-off follows, when the link named one of the linked task's contacts. */
    private void showContact() {
        CustomerTask task = link.getValue();
        Optional<TaskContact> contact = task == null || contactId == null ? Optional.empty()
                : task.contact(contactId);
        afterContact.setVisible(contact.isPresent());
        contact.ifPresent(shown -> afterContact.setText(getTranslation("handoff.raise.afterContact",
                VnFormats.dateTime(shown.contactedAt()) + " · " + shown.staffName() + " · "
                        + getTranslation(shown.channel().labelKey()) + " · "
                        + getTranslation(shown.outcome().labelKey()))));
    }

    private void chooseReceivers() {
        HandoffType chosen = type.getValue();
        receiver.setItems(handoffs.receivers(chosen));
        ReceiverChoice fallback = handoffs.defaultReceiver(chosen,
                details == null ? null : details.customer().getDistrict());
        receiver.setValue(fallback);
    }

    private void send() {
        if (details == null) {
            customer.setErrorMessage(getTranslation("handoff.customer.required"));
            customer.setInvalid(true);
            return;
        }
        Subscription chosen = subscription.getValue();
        ReceiverChoice unit = receiver.getValue();
        CustomerTask task = link.getValue();
        Long contact = afterContact.isVisible() ? contactId : null;
        UserAction.run(this, () -> {
            Handoff raised = handoffs.raise(new HandoffDraft(Objects.requireNonNull(details.customer().getId()),
                    chosen == null ? null : chosen.getId(), task == null ? null : task.campaignId(),
                    task == null ? null : task.taskId(), contact, type.getValue(), priority.getValue(),
                    unit == null ? null : unit.id(), description.getValue(), List.of()));
            Notifications.success(getTranslation("handoff.raise.sent", raised.reference(), raised.getReceiverUnitName()));
            getUI().ifPresent(ui -> ui.navigate(HandoffView.class, Objects.requireNonNull(raised.getId())));
        }, "error.conflict", refused -> {
            if ("task".equals(refused.field()) || "contact".equals(refused.field())) {
                link.setErrorMessage(UserAction.message(this, refused));
                link.setInvalid(true);
                return true;
            }
            if (!"description".equals(refused.field())) {
                return false;
            }
            description.setErrorMessage(UserAction.message(this, refused));
            description.setInvalid(true);
            return true;
        });
    }

    private static @Nullable Long number(QueryParameters query, String name) {
        Optional<String> value = query.getSingleParameter(name);
        try {
            return value.filter(text -> !text.isBlank()).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handoff.raise.title");
    }
}
