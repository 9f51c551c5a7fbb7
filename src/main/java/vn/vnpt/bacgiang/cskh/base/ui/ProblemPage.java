package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The friendly page shown instead of an error: what happened and a way home. */
abstract class ProblemPage extends VerticalLayout {

    ProblemPage() {
        addClassName("problem-page");
    }

    void show(String titleKey, String textKey) {
        removeAll();
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)),
                new Anchor("", getTranslation("error.home")));
    }
}
