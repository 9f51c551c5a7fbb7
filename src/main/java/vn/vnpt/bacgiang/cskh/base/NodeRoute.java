package vn.vnpt.bacgiang.cskh.base;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The node's name in its session ids ({@code portal.node.route}, e.g. {@code node1}): Tomcat then ends every session id
 * with ".node1", and the load balancer in front sends each request carrying such a cookie back to that node, where the
 * user's Vaadin session lives (README, "Several nodes"; scripts/two-nodes). Unset on a single node.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    NodeRoute(@Value("${portal.node.route:}") String route) {
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!route.isBlank()) {
            factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(route));
        }
    }
}
