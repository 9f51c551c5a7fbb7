package vn.vnpt.bacgiang.cskh.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The steps a user takes in the portal, as Gatling requests that speak Vaadin's protocol: sign in through the
 * login form, open a UI, navigate with the router's event, and send clicks and typed values to the node ids the
 * server gave. Each request reads the server's answer into the user's {@link VaadinUi} and then checks what the
 * user would look for (a notification, a page, a row), so a refused or unexpected answer counts as an error.
 */
final class Portal {

    static final String PASSWORD = System.getProperty("password", "Demo@2026");
    private static final String UI = "vaadin.ui";

    private Portal() {
    }

    static VaadinUi ui(Session session) {
        return session.get(UI);
    }

    /** Signs in the session's {@code username} and opens the home page, as the browser does after the form. */
    static ChainBuilder signIn() {
        return exec(http("sign in: form").get("/login")
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in").post("/login").disableFollowRedirect()
                        .formParam("username", "#{username}").formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location")
                                .transform(location -> !location.contains("/login")).is(true)))
                .exec(session -> session.set(UI, new VaadinUi()).set("curdate", System.currentTimeMillis()))
                .exec(http("open the portal").get("/?v-r=init&location=&query=&v-sw=1366&v-sh=900&v-wn=load"
                                + "&v-tzo=-420&v-rtzo=-420&v-dstd=0&v-dston=false&v-tzid=Asia%2FHo_Chi_Minh"
                                + "&v-td=false&v-pr=1&v-np=Linux&v-curdate=#{curdate}")
                        .check(bodyString().transformWithSession((body, session) -> {
                            ui(session).init(body);
                            return true;
                        }).is(true)))
                .exec(uidl("home", ui -> List.of(VaadinUi.navigate("", true)), ui -> shows(ui, "home-view")));
    }

    /** A click on a side navigation link: the router's event, then the view the user expects to see. */
    static HttpRequestActionBuilder open(String name, String route, String marker) {
        return uidl(name, ui -> List.of(VaadinUi.navigate(route, false)), ui -> shows(ui, marker));
    }

    /** One round trip: the invocations the user's action makes, then what the user checks in the answer. */
    static HttpRequestActionBuilder uidl(String name, Function<VaadinUi, List<ObjectNode>> action,
            Consumer<VaadinUi> expect) {
        return uidl(name, (ui, session) -> action.apply(ui), expect);
    }

    /** The same, for an action that depends on what this user chose before (kept in the Gatling session). */
    static HttpRequestActionBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> action,
            Consumer<VaadinUi> expect) {
        return http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> ui(session).message(planned(action, session))))
                .check(status().is(200), bodyString().transformWithSession((body, session) -> {
                    VaadinUi ui = ui(session);
                    ui.update(body);
                    ui.failIfNotDone();
                    expect.accept(ui);
                    return true;
                }).is(true));
    }

    /**
     * The action's invocations; when the page does not offer what the user wanted (no row, no button), an empty
     * message instead, which the check then fails with the reason: a request Gatling could not build would not count
     * among the failed requests the run's assertion looks at.
     */
    private static List<ObjectNode> planned(BiFunction<VaadinUi, Session, List<ObjectNode>> action, Session session) {
        try {
            return action.apply(ui(session), session);
        } catch (IllegalStateException notOnThePage) {
            ui(session).notDone(notOnThePage.getMessage());
            return List.of();
        }
    }

    /** A download link's file: fetched from the address the server put on the link, and checked to be a PDF. */
    static HttpRequestActionBuilder download(String name, String linkId) {
        return http(name).get(session -> "/" + ui(session).required(linkId).attributes.get("href"))
                .check(status().is(200), header("Content-Type").is("application/pdf"),
                        bodyBytes().transform(bytes -> new String(bytes, 0, Math.min(5, bytes.length),
                                StandardCharsets.ISO_8859_1)).is("%PDF-"));
    }

    /** Fails the request unless an element with this id or class is on the page now. */
    static void shows(VaadinUi ui, String marker) {
        if (ui.byId(marker).isEmpty() && ui.withClass(marker).isEmpty()) {
            throw new IllegalStateException("no " + marker + " on the page");
        }
    }

    /** Fails the request unless the answer put this text on the page (a notification, a saved line). */
    static void says(VaadinUi ui, String text) {
        if (!ui.lastAnswerShows(text)) {
            throw new IllegalStateException("the page did not say \"" + text + "\"");
        }
    }
}
