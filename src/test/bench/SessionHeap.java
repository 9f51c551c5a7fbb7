import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a signed-in session with its home page holds in a running portal (issue 12's goal: ≤ 0.5 MiB).
 * For each user it signs in {@code sessions} times over HTTP, each with its own cookies, and opens the home page
 * as the browser does (the login form's POST, Vaadin's {@code ?v-r=init} request, which creates the UI, then the
 * client router's {@code ui-navigate} event, which builds the whole view on the server), then reads the portal's heap after a full GC through {@code jcmd}: the growth
 * divided by the sessions. The sessions stay open until they time out. Vaadin keeps each UI's last response (to
 * resend it if the browser repeats a request), so right after opening a session holds its page's whole first
 * response; with {@code -Dpoll=true} each session also sends the first of the page's polls, which an open tab does
 * within 30 s, and then holds the poll's small response instead.
 *
 * <pre>java -Dpoll=true src/test/bench/SessionHeap.java http://localhost:8080 &lt;portal pid&gt; 100 giamdoc,tpbg.truongphong</pre>
 */
public class SessionHeap {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        int sessions = Integer.parseInt(args[2]);
        String password = args.length > 4 ? args[4] : "Demo@2026";
        List<HttpClient> held = new ArrayList<>();
        for (String user : args[3].split(",")) {
            for (int warm = 0; warm < 3; warm++) {
                held.add(signedInHome(base, user, password));
            }
        }
        System.out.printf("%-18s %9s %12s %12s %12s %14s%n", "user", "sessions", "before KiB", "after KiB",
                "UIDL chars", "KiB/session");
        for (String user : args[3].split(",")) {
            long before = usedAfterGc(pid);
            for (int session = 0; session < sessions; session++) {
                held.add(signedInHome(base, user, password));
            }
            long after = usedAfterGc(pid);
            System.out.printf("%-18s %9d %12d %12d %12d %14.1f%n", user, sessions, before, after,
                    lastResponseChars, (after - before) / (double) sessions);
        }
    }

    /** The characters of the last home page's UIDL response (Vaadin keeps each UI's last response to resend it). */
    private static long lastResponseChars;
    /** With {@code -Dpoll=true} each session also sends the page's first poll. */
    private static final boolean POLL = Boolean.getBoolean("poll");

    private static HttpClient signedInHome(String base, String user, String password)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException(user + " could not sign in");
        }
        String init = client.send(HttpRequest.newBuilder(URI.create(base
                + "/?v-r=init&location=&query=&v-sw=1366&v-sh=900&v-wn=home&v-tzo=-420&v-rtzo=-420&v-dstd=0"
                + "&v-dston=false&v-tzid=Asia%2FHo_Chi_Minh&v-curdate=" + System.currentTimeMillis()
                + "&v-td=false&v-pr=1&v-np=Linux")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher key = SECURITY_KEY.matcher(init);
        if (!key.find()) {
            throw new IllegalStateException(user + "'s UI was not created");
        }
        // the client-side router then asks the server to show the route, as a browser's first UIDL request does
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        String home = client.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString()).body();
        lastResponseChars = home.length();
        if (!home.contains("home-view")) {
            throw new IllegalStateException(user + "'s home page was not built: "
                    + home.substring(0, Math.min(300, home.length())));
        }
        if (POLL) {
            // the page's first poll, as an open tab sends within 30 s: the UI's kept response is then the poll's
            String poll = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-poll\",\"data\":{}}],\"syncId\":1,\"clientId\":1}";
            String polled = client.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(poll)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (!polled.contains("\"syncId\":2")) {
                throw new IllegalStateException(user + "'s poll was refused: "
                        + polled.substring(0, Math.min(300, polled.length())));
            }
        }
        return client;
    }

    private static long usedAfterGc(String pid) throws IOException, InterruptedException {
        for (int run = 0; run < 3; run++) {
            jcmd(pid, "GC.run");
        }
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("No heap use in jcmd's answer");
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow()
                .replaceAll("java$", "jcmd"), pid, command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
