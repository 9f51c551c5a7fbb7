package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/**
 * The first Tab stop of every page, shown only while focused: it moves the focus to the view, the
 * page's {@code main} landmark, past the header and the menu.
 */
class SkipLink extends Anchor {

    static final String MAIN_CONTENT = "main-content";

    SkipLink() {
        super("#" + MAIN_CONTENT, "");
        setText(getTranslation("shell.skipToContent"));
        addClassName("skip-link");
        getElement().setAttribute("router-ignore", true);
        // focus the view in the browser: no round trip, no change of route
        getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById($0); if (main) { main.focus(); } });", MAIN_CONTENT);
    }

    static void markMainContent(Element view) {
        view.setAttribute("id", MAIN_CONTENT);
        view.setAttribute("role", "main");
        view.setAttribute("tabindex", "-1");
    }
}
