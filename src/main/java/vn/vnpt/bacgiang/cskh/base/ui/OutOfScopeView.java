package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A record a service refused while a view was opening, e.g. another district's unit. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class OutOfScopeView extends ProblemPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.forbidden.title", "error.outofscope.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
