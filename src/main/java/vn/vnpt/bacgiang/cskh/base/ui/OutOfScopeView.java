package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.base.ReasonedRefusal;

/**
 * A record a service refused while a view was opening, e.g. another district's unit; when the service
 * gave a reason (a campaign at a step the role does not open) the page says that reason instead.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class OutOfScopeView extends ProblemPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        if (parameter.getCaughtException() instanceof ReasonedRefusal refusal) {
            showText("error.forbidden.title", getTranslation(refusal.messageKey(),
                    Arrays.stream(refusal.argumentKeys()).map(this::getTranslation).toArray()));
        } else {
            show("error.forbidden.title", "error.outofscope.text");
        }
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
