package vn.vnpt.bacgiang.cskh.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static vn.vnpt.bacgiang.cskh.load.Portal.download;
import static vn.vnpt.bacgiang.cskh.load.Portal.open;
import static vn.vnpt.bacgiang.cskh.load.Portal.says;
import static vn.vnpt.bacgiang.cskh.load.Portal.shows;
import static vn.vnpt.bacgiang.cskh.load.Portal.signIn;
import static vn.vnpt.bacgiang.cskh.load.Portal.uidl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A working day in the portal: {@code -Dusers=N} staff signed in at once, in the mix a province has, each working
 * through the UI with a few seconds' thought between clicks until the run ends. Most are care staff working their
 * worklist and logging contacts; then TTVT staff working their hand-off queue, sales managers on their dashboard,
 * progress and assignment pages, the Director on the dashboard, the campaign board and the scorecard, planners
 * counting a segment, and someone downloading a report. Managers and the Director leave their home page open for one
 * of its polls. A user whose request fails signs in again, as one who reloads the page. When the last user has
 * stopped, one more checks that the database holds every contact and message the portal said it saved, and no more
 * than were sent: the report shows the check, and a failed check fails the run as a failed request does.
 *
 * <p>README, "Load test", has the command and the settings ({@code users}, {@code ramp}, {@code plateau},
 * {@code base}, {@code portal.pid}, {@code db.pid}, {@code db.url}, {@code db.password}).
 */
public class WorkingDay extends Simulation {

    private static final int USERS = Integer.getInteger("users", 100);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("ramp", 60));
    private static final Duration PLATEAU = Duration.ofSeconds(Integer.getInteger("plateau", 240));
    /** One group alone ({@code -Donly="care staff"}), to try a scenario; empty for the whole mix. */
    private static final String ONLY = System.getProperty("only", "");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The note and message every write of this run carries, so the check after the run finds exactly its rows. */
    private static final String MARKER = LoadStaff.MARKED + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .format(java.time.LocalDateTime.now(VIETNAM));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Shares of the users, in the order the population is built. */
    private static final Map<String, Double> MIX = Map.of("care staff", 0.60, "TTVT staff", 0.15,
            "sales managers", 0.10, "Director", 0.05, "planners", 0.05, "report readers", 0.05);

    private static final String CHECK = "check: saved = in the database";
    /** HomeView's refresh interval, the poll interval its page asks the browser for. */
    private static final Duration HOME_POLL = Duration.ofSeconds(30);

    private final AtomicLong contactsSent = new AtomicLong();
    private final AtomicLong contactsSaid = new AtomicLong();
    private final AtomicLong messagesSent = new AtomicLong();
    private final AtomicLong messagesSaid = new AtomicLong();
    private final AtomicInteger atWork = new AtomicInteger();
    private final LoadStaff staff = new LoadStaff();
    private final PortalMonitor monitor = Long.getLong("portal.pid", 0) > 0
            ? new PortalMonitor(Long.getLong("portal.pid"), Long.getLong("db.pid", 0)) : null;
    private long startedAt;
    private long endsAt;

    {
        LoadStaff.Accounts accounts = staff.prepare(share("care staff"));
        List<PopulationBuilder> population = new ArrayList<>();
        population.add(people("care staff", accounts.careStaff(), careStaff()));
        population.add(people("TTVT staff", accounts.ttvtStaff(), ttvtStaff()));
        population.add(people("sales managers", accounts.salesManagers(), salesManager()));
        population.add(people("Director", accounts.leaders(), director()));
        population.add(people("planners", accounts.planners(), planner()));
        population.add(people("report readers", accounts.leaders(), reportReader()));
        population.add(check());
        setUp(population)
                .protocols(http.baseUrl(System.getProperty("base", "http://127.0.0.1:8092"))
                        .acceptLanguageHeader("vi-VN,vi;q=0.9").userAgentHeader("CSKH load test (Gatling)")
                        .shareConnections())
                .assertions(global().failedRequests().count().is(0L),
                        forAll().responseTime().percentile(95.0).lte(300),
                        details(CHECK).failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        startedAt = System.currentTimeMillis();
        endsAt = startedAt + RAMP.plus(PLATEAU).toMillis();
        if (monitor != null) {
            monitor.start(RAMP.toSeconds() + 0.9 * PLATEAU.toSeconds());
        }
        System.out.printf("%d users (%s), %d s ramp, %d s plateau; writes marked \"%s\"%n", USERS, MIX,
                RAMP.toSeconds(), PLATEAU.toSeconds(), MARKER);
    }

    @Override
    public void after() {
        if (monitor != null) {
            double plateauFrom = RAMP.toSeconds();
            System.out.println(monitor.stop(plateauFrom, plateauFrom + PLATEAU.toSeconds()));
            try {
                monitor.writeCsv(Path.of(System.getProperty("monitor.dir", "."), "monitor-" + USERS + "-users.csv"));
            } catch (IOException e) {
                System.out.println("monitor samples not written: " + e.getMessage());
            }
        }
    }

    /**
     * One more user, who waits for the others to stop, then counts the run's rows. A save the generator gave up
     * waiting for may still have been committed by the portal: the database may hold up to what was sent, never less
     * than what was confirmed.
     */
    private PopulationBuilder check() {
        return scenario(CHECK)
                .asLongAs(session -> working() || atWork.get() > 0).on(pause(Duration.ofSeconds(1)))
                .group(CHECK).on(exec(session -> {
                    long[] saved = staff.saved(MARKER);
                    System.out.printf("Contacts the portal said it saved: %d, in the database: %d (%d sent)%n",
                            contactsSaid.get(), saved[0], contactsSent.get());
                    System.out.printf("Hand-off messages the portal showed: %d, in the database: %d (%d sent)%n",
                            messagesSaid.get(), saved[1], messagesSent.get());
                    boolean agree = contactsSaid.get() <= saved[0] && saved[0] <= contactsSent.get()
                            && messagesSaid.get() <= saved[1] && saved[1] <= messagesSent.get();
                    return agree ? session : session.markAsFailed();
                }))
                .injectOpen(atOnceUsers(1));
    }

    private static int share(String group) {
        return Math.max(1, (int) Math.round(USERS * MIX.get(group)));
    }

    /**
     * The group's users arrive evenly over the ramp, each at a random moment of its own share of it: arriving on the
     * beat alone, the six groups' beats fell together (every 24 s in a ten-minute ramp), six sign-ins at once.
     */
    private PopulationBuilder people(String group, List<String> accounts, ChainBuilder work) {
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> feeder = Stream.generate(() -> Map.<String, Object>of("username",
                accounts.get(next.getAndIncrement() % accounts.size()))).iterator();
        if (!ONLY.isEmpty() && !ONLY.equals(group)) {
            return scenario(group).exec(session -> session).injectOpen(atOnceUsers(0));
        }
        ScenarioBuilder scenario = scenario(group).feed(feeder)
                .pause(Duration.ZERO, RAMP.dividedBy(share(group)))
                .exec(session -> {
                    atWork.incrementAndGet();
                    return session;
                })
                .asLongAs(session -> working(), true).on(
                        exitBlockOnFail().on(signIn(), work),
                        exec(Session::markAsSucceeded).pause(Duration.ofSeconds(2), Duration.ofSeconds(5)))
                .exec(session -> {
                    atWork.decrementAndGet();
                    return session;
                });
        return scenario.injectOpen(rampUsers(share(group)).during(RAMP));
    }

    private boolean working() {
        return System.currentTimeMillis() < endsAt;
    }

    /** Repeats the chain until the run ends, leaving it at once then (not at the end of the round). */
    private ChainBuilder whileWorking(ChainBuilder chain) {
        return asLongAs(session -> working(), true).on(chain);
    }

    private static ChainBuilder think(int fromSeconds, int toSeconds) {
        return pause(Duration.ofSeconds(fromSeconds), Duration.ofSeconds(toSeconds));
    }

    // ---- care staff: the worklist, a task, its contacts one after the other (saving opens the next task)

    private ChainBuilder careStaff() {
        return exec(think(2, 5), open("worklist: open", "worklist", "worklist-view"), think(2, 5))
                .exec(whileWorking(exec(pickTask(), think(5, 15),
                        asLongAs(session -> working() && session.getInt("contact") < 5, "contact", true)
                                .on(logContact()))));
    }

    private static ChainBuilder pickTask() {
        return exec(uidl("worklist: pick a task", ui -> {
            VaadinUi.Element grid = element(ui, "worklist-grid");
            String key = anyRow(ui, grid, 20);
            return List.of(ui.published(grid.id, "select", JSON.textNode(key)));
        }, ui -> shows(ui, "contact-save")));
    }

    private ChainBuilder logContact() {
        return exec(session -> session.set("outcome", outcome()))
                .exec(uidl("contact: choose the outcome", (ui, session) -> {
                    VaadinUi.Element group = ui.required("contact-outcome");
                    return VaadinUi.setValue(group, ui.optionKey(group, OUTCOMES.get(session.getString("outcome"))));
                }, ui -> shows(ui, "contact-save")))
                .exec(think(2, 6))
                .exec(uidl("contact: save", this::contact, ui -> {
                    says(ui, "Đã lưu lần chăm sóc.");
                    contactsSaid.incrementAndGet();
                }))
                .exec(think(4, 12));
    }

    private static final Map<String, String> OUTCOMES = Map.of("NOT_REACHED", "Chưa liên lạc được",
            "REACHED_ACCEPTED", "Liên lạc được, đồng ý", "REACHED_DECLINED", "Liên lạc được, từ chối");

    private static String outcome() {
        int roll = ThreadLocalRandom.current().nextInt(100);
        return roll < 50 ? "NOT_REACHED" : roll < 80 ? "REACHED_ACCEPTED" : "REACHED_DECLINED";
    }

    /** The rest of the form, as the outcome left it, then the save button. */
    private List<ObjectNode> contact(VaadinUi ui, Session session) {
        contactsSent.incrementAndGet();
        List<ObjectNode> calls = new ArrayList<>();
        String outcome = session.getString("outcome");
        ui.byId("contact-callback").filter(field -> field.visible && "NOT_REACHED".equals(outcome))
                .ifPresent(callback -> calls.addAll(VaadinUi.setValue(callback, LocalDate.now(VIETNAM).plusDays(1)
                        + "T09:00")));
        ui.byId("contact-satisfaction").filter(field -> field.visible && !"NOT_REACHED".equals(outcome))
                .ifPresent(satisfaction -> calls.addAll(VaadinUi.setValue(satisfaction, ui.optionKey(satisfaction,
                        "REACHED_ACCEPTED".equals(outcome) ? "5" : "3"))));
        calls.addAll(VaadinUi.setValue(ui.required("contact-note"), MARKER));
        calls.add(VaadinUi.click(ui.required("contact-save")));
        return calls;
    }

    // ---- TTVT staff: the queue of hand-offs sent to their centre, one opened, a line in its thread

    private ChainBuilder ttvtStaff() {
        return exec(think(2, 5), open("hand-offs: queue", "handoffs", "handoff-queue"))
                .exec(whileWorking(exec(think(3, 8),
                        uidl("hand-off: open", ui -> {
                            VaadinUi.Element grid = ui.required("handoff-queue");
                            return List.of(VaadinUi.itemClick(grid, anyRow(ui, grid, 30)));
                        }, ui -> shows(ui, "handoff-view")),
                        think(5, 15),
                        uidl("hand-off: write in the thread", ui -> {
                            messagesSent.incrementAndGet();
                            List<ObjectNode> calls = new ArrayList<>(VaadinUi.setValue(ui.required("handoff-message"),
                                    MARKER));
                            calls.add(VaadinUi.click(ui.required("handoff-message-send")));
                            return calls;
                        }, ui -> {
                            says(ui, MARKER);
                            messagesSaid.incrementAndGet();
                        }),
                        think(3, 8),
                        open("hand-offs: queue", "handoffs", "handoff-queue"))));
    }

    // ---- sales managers: their unit's dashboard, progress and assignment pages

    private ChainBuilder salesManager() {
        return whileWorking(exec(think(5, 15), open("progress: open", "progress", "progress-view"),
                think(5, 15), open("assignment: open", "assignment", "assignment-view"),
                think(5, 15), homeLeftOpen()));
    }

    /**
     * The home page, left open long enough for the browser's poll (every 30 s, HomeView) to have it read its figures
     * again, as a manager's or the Director's dashboard stays open between other work.
     */
    private static ChainBuilder homeLeftOpen() {
        return exec(open("home: open", "", "home-view"), pause(HOME_POLL),
                uidl("home: poll", ui -> List.of(VaadinUi.poll()), ui -> shows(ui, "dashboard-as-of")));
    }

    // ---- the Director: the dashboard, the campaign board, the scorecard

    private ChainBuilder director() {
        return whileWorking(exec(think(5, 15), open("campaign board: open", "campaigns", "campaign-board-view"),
                think(5, 15), open("scorecard: open", "scorecard", "scorecard-view"),
                think(5, 15), homeLeftOpen()));
    }

    // ---- planners: a segment counted from a preset

    private ChainBuilder planner() {
        return whileWorking(exec(think(5, 15), open("segment builder: open", "segments/new", "segment-presets"),
                think(3, 8),
                uidl("segment: count a preset", ui -> {
                    VaadinUi.Element presets = element(ui, "segment-presets");
                    String key = String.valueOf(1 + ThreadLocalRandom.current().nextInt(7));
                    return VaadinUi.setValue(presets, key);
                }, ui -> shows(ui, "segment-count-total")),
                think(10, 20)));
    }

    // ---- someone reading the reports: the campaign list as a PDF

    private ChainBuilder reportReader() {
        return whileWorking(exec(think(5, 15), open("reports: open", "reports", "campaign-list-pdf"),
                think(3, 8), download("report: campaign list PDF", "campaign-list-pdf"),
                think(10, 20), open("home: open", "", "home-view")));
    }

    private static VaadinUi.Element element(VaadinUi ui, String classOrId) {
        return ui.withClass(classOrId).or(() -> ui.byId(classOrId))
                .orElseThrow(() -> new IllegalStateException("no " + classOrId + " on the page"));
    }

    /** The key of one of the first rows a grid shows, at random, as a user picks the one to work on. */
    private static String anyRow(VaadinUi ui, VaadinUi.Element grid, int among) {
        List<JsonNode> rows = ui.rows(grid);
        if (rows.isEmpty()) {
            throw new IllegalStateException("the grid shows no rows");
        }
        return rows.get(ThreadLocalRandom.current().nextInt(Math.min(among, rows.size()))).get("key").asText();
    }
}
