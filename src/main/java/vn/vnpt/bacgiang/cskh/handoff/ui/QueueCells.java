package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Function;
import vn.vnpt.bacgiang.cskh.handoff.HandoffRow;

/**
 * The queue's cells as Lit templates filled in the browser, not components: a page of fifty hand-offs built as
 * components held some 750 state nodes per open queue, and built them again at each scroll and sort.
 */
final class QueueCells {

    private static final String FLAG = "<span class='handoff-flag' theme='${item.flagTheme}' data-sla='${item.sla}'"
            + " ?hidden=${!item.flag}>${item.flag}</span>";
    private static final String ESCALATION = "<span class='handoff-escalation' theme='badge error primary'"
            + " ?hidden=${!item.escalation}>${item.escalation}</span>";
    private static final String STATE = "<span class='handoff-state' theme='${item.stateTheme}'>${item.state}</span>";

    private QueueCells() {
    }

    /** The reference, with the SLA flag and the escalation under it when there is one. */
    static LitRenderer<HandoffRow> reference(Component owner) {
        return flagged(owner, LitRenderer.<HandoffRow>of("<div class='handoff-reference-cell'>"
                        + "<span class='handoff-reference'>${item.reference}</span>" + FLAG + ESCALATION + "</div>"))
                .withProperty("reference", row -> row.handoff().reference());
    }

    /** A cell of two lines, the second smaller: the deadline over the time left. */
    static LitRenderer<HandoffRow> deadline(Component owner) {
        return twoLines(row -> HandoffTexts.deadline(row.sla()), row -> HandoffTexts.remaining(owner, row.sla()));
    }

    /** The type over the priority. */
    static LitRenderer<HandoffRow> typeAndPriority(Component owner) {
        return twoLines(row -> owner.getTranslation(row.handoff().getType().labelKey()),
                row -> owner.getTranslation(row.handoff().getPriority().labelKey()));
    }

    static LitRenderer<HandoffRow> state(Component owner) {
        return stated(owner, LitRenderer.of(STATE));
    }

    /**
     * One hand-off as a phone shows it, in a single column: reference, state and flags, customer, what and how
     * urgent, the deadline and time left, and the unit on the other side.
     */
    static LitRenderer<HandoffRow> card(Component owner, Function<HandoffRow, String> otherUnit) {
        LitRenderer<HandoffRow> card = LitRenderer.<HandoffRow>of("<div class='handoff-card'>"
                        + "<div class='handoff-card-top'><span class='handoff-reference'>${item.reference}</span>"
                        + STATE + FLAG + ESCALATION + "</div>"
                        + "<span class='handoff-card-customer'>${item.customer}</span><span>${item.what}</span>"
                        + "<span class='handoff-card-time' ?hidden=${!item.time}>${item.time}</span>"
                        + "<span class='handoff-card-unit'>${item.unit}</span></div>")
                .withProperty("reference", row -> row.handoff().reference())
                .withProperty("customer", row -> row.handoff().getCustomerName())
                .withProperty("what", row -> owner.getTranslation(row.handoff().getType().labelKey()) + " · "
                        + owner.getTranslation(row.handoff().getPriority().labelKey()))
                .withProperty("time", row -> time(owner, row))
                .withProperty("unit", otherUnit::apply);
        return flagged(owner, stated(owner, card));
    }

    private static String time(Component owner, HandoffRow row) {
        String deadline = HandoffTexts.deadline(row.sla());
        String remaining = HandoffTexts.remaining(owner, row.sla());
        return deadline.isEmpty() ? remaining : remaining.isEmpty() ? deadline : deadline + " · " + remaining;
    }

    private static LitRenderer<HandoffRow> twoLines(Function<HandoffRow, String> first,
                                                    Function<HandoffRow, String> second) {
        return LitRenderer.<HandoffRow>of("<div class='handoff-two-lines'><span>${item.first}</span>"
                        + "<span class='handoff-second-line'>${item.second}</span></div>")
                .withProperty("first", first::apply)
                .withProperty("second", second::apply);
    }

    private static LitRenderer<HandoffRow> flagged(Component owner, LitRenderer<HandoffRow> renderer) {
        return renderer.withProperty("flag", row -> HandoffTexts.flagText(owner, row.sla()))
                .withProperty("flagTheme", row -> HandoffTexts.flagTheme(row.sla()))
                .withProperty("sla", row -> row.sla() == null ? "" : row.sla().state().name())
                .withProperty("escalation", row -> HandoffTexts.escalationText(owner, row.handoff()));
    }

    private static LitRenderer<HandoffRow> stated(Component owner, LitRenderer<HandoffRow> renderer) {
        return renderer.withProperty("state", row -> owner.getTranslation(row.handoff().getState().labelKey()))
                .withProperty("stateTheme", row -> HandoffTexts.stateTheme(row.handoff()));
    }
}
