package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * The browser window's inner width, for a component that builds only what the window shows (decision 0049): told
 * once the component is attached and again on each resize, until it is detached. 0 or less means the browser has not
 * told its width (a test's UI).
 */
public final class WindowWidth {

    private WindowWidth() {
    }

    public static void follow(Component component, SerializableConsumer<Integer> fit) {
        component.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            fit.accept(page.getExtendedClientDetails().getWindowInnerWidth());
            Registration resize = page.addBrowserWindowResizeListener(event -> fit.accept(event.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
