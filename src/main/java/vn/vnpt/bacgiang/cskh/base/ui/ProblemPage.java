package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The friendly page shown instead of an error: what happened, as heading and page title, and a way home. */
abstract class ProblemPage extends VerticalLayout implements HasDynamicTitle {

    private String titleKey = "error.notfound.title";

    ProblemPage() {
        addClassName("problem-page");
    }

    void show(String titleKey, String textKey) {
        showText(titleKey, getTranslation(textKey));
    }

    void showText(String titleKey, String text) {
        this.titleKey = titleKey;
        removeAll();
        add(new H1(getTranslation(titleKey)), new Paragraph(text), new Anchor("", getTranslation("error.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
