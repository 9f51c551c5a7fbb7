package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;

/** An address naming a record that does not exist, e.g. {@code staff/99999}. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RecordNotFoundView extends ProblemPage implements HasErrorParameter<RecordNotFound> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFound> parameter) {
        show("error.notfound.title", "error.notfound.record");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
