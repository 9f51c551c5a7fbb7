package vn.vnpt.bacgiang.cskh.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.notice.Notice;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;

/** The signed-in user's notifications, newest first; opening one marks it read and follows its link. */
@Route("notices")
@PermitAll
@Menu(title = "notice.nav.notices", order = 2, icon = "vaadin:bell")
@StyleSheet("context://styles/notice.css")
class NoticesView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 100;

    private final NoticeService notices;
    private final Span unread = new Span();
    private final Div list = new Div();

    NoticesView(NoticeService notices) {
        this.notices = notices;
        addClassName("view");
        addClassName("notices-view");
        unread.addClassName("notice-unread-count");
        Button markAll = new Button(getTranslation("notice.list.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(),
                click -> {
                    notices.markAllRead();
                    refresh();
                });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new H1(getTranslation("notice.list.title")), unread, markAll);
        header.addClassName("view-header");
        list.addClassName("notice-list");
        add(header, list);
        refresh();
    }

    private void refresh() {
        unread.setText(getTranslation("notice.list.unread", notices.unreadCount()));
        list.removeAll();
        List<Notice> latest = notices.latest(SHOWN);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notice.list.empty")));
        }
        latest.forEach(notice -> list.add(row(notice)));
    }

    private Div row(Notice notice) {
        Span text = new Span(getTranslation(notice.messageKey(), notice.args().toArray()));
        text.addClassName("notice-text");
        Span meta = new Span(getTranslation("notice.kind." + notice.kind()) + " · "
                + VnFormats.dateTime(notice.createdAt()));
        meta.addClassName("notice-meta");
        Div row = new Div(text, meta);
        row.addClassName("notice");
        row.addClassName(notice.isUnread() ? "unread" : "read");
        row.getElement().setAttribute("tabindex", "0");
        row.getElement().setAttribute("role", "link");
        row.addClickListener(click -> open(notice));
        row.getElement().addEventListener("keydown", key -> open(notice)).setFilter("event.key === 'Enter'");
        return row;
    }

    private void open(Notice notice) {
        notices.markRead(notice.id());
        if (notice.link() != null) {
            Location link = new Location(notice.link());
            getUI().ifPresent(ui -> ui.navigate(link.getPath(), link.getQueryParameters()));
        } else {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.list.title");
    }
}
