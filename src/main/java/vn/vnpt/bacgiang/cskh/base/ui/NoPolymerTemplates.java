package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;

/**
 * Tells Vaadin that the portal has no Polymer templates, so that it need not look for their handler. Vaadin asks
 * for one for each argument the browser sends to a server method (a grid's rows, a combo box's page); when none is
 * registered, Spring's lookup searches every jar's {@code META-INF/services} for it, every time: 3.5 % of the
 * portal's CPU under 500 users (decision 0052). Vaadin registers this class at startup, as it finds it in the
 * portal's packages, and answers with it from then on.
 */
@SuppressWarnings("deprecation")
public final class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        throw new UnsupportedOperationException("the portal has no Polymer templates");
    }
}
