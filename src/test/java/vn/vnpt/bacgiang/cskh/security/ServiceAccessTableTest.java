package vn.vnpt.bacgiang.cskh.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Service;
import vn.vnpt.bacgiang.cskh.Application;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * The per-role table of every public method of every service: for each role, whether the method is
 * refused by its permission (R), allowed over all the role reaches (A), or allowed but limited in the
 * service body to the user's unit scope, own records or side (F); S marks the few methods other code
 * calls without a signed-in user (audit writes, notices, sign-in, the working calendar), which carry no
 * gate. Each row is checked against the method's real {@code @PreAuthorize} as each role's demo user of
 * Lục Nam; {@link SecondDistrictAccessTest} proves the filtering rows against Lục Ngạn's data. A new
 * public service method without a row fails {@link #everyPublicServiceMethodHasARow()} naming it.
 */
class ServiceAccessTableTest extends PortalTest {

    /** Columns: ADMIN DIRECTOR PLANNER SUPERVISOR SALES_MANAGER CARE_STAFF TTVT_STAFF. */
    private static final String TABLE = """
            AuditTrail.created                         S S S S S S S
            AuditTrail.updated                         S S S S S S S
            AuditTrail.stateChanged                    S S S S S S S
            AuditTrail.deleted                         S S S S S S S
            AuditTrail.exported                        S S S S S S S
            AuditTrail.search                          A R R R R R R
            AuditTrail.entityTypes                     A R R R R R R
            AuditTrail.count                           A R R R R R R
            JobRuns.jobs                               A R R R R R R
            AppraisalService.decide                    R A R R R R R
            AppraisalService.frozenMembers             A A A A F F R
            AppraisalService.appraisals                A A A A R R R
            AppraisalService.changesSinceLastAppraisal A A A A R R R
            AppraisalService.wasAppraised              A A A A R R R
            AppraisalService.snapshot                  A A A A R R R
            CampaignService.board                      A A A A F F R
            CampaignService.units                      A A A A F F R
            CampaignService.boardStates                A A A A F F R
            CampaignService.get                        A A A A F F R
            CampaignService.history                    A A A A F F R
            CampaignService.allowedTransitions         A A A A A A R
            CampaignService.checkMove                  F F F F F F R
            CampaignService.waitingOn                  A A A A F F F
            CampaignService.needsComment               A A A A A A R
            CampaignService.overridden                 A A A A A A R
            CampaignService.unitsReady                 A A A A A A R
            CampaignService.unitWorkWaits              A A A A A A R
            CampaignService.move                       F F F F F F R
            CampaignService.refusal                    F F F F F F R
            CampaignService.startsEarly                A A A A A A R
            CampaignService.create                     R R A R R R R
            CampaignService.update                     R R A R R R R
            CarePlanService.shares                     A A A A F F R
            CarePlanService.budget                     A A A A F F R
            CarePlanService.isPlanEditable             A A A A A A R
            CarePlanService.shareUnits                 A A A A F F R
            CarePlanService.split                      R R A R R R R
            CarePlanService.updateShare                R R A R R R R
            CarePlanService.saveLine                   R R A R R R R
            CarePlanService.deleteLine                 R R A R R R R
            CarePlanService.totals                     A A A A A A R
            ReadinessService.units                     A A A A F R R
            ReadinessService.mayConfirm                A A A A F R R
            ReadinessService.save                      R R R R F R R
            ReadinessService.confirm                   R R R R F R R
            ReadinessService.withdraw                  R R R R F R R
            ScriptService.orientation                  A A A A F F R
            ScriptService.saveOrientation              R R A R R R R
            ScriptService.scripts                      A A A A F F R
            ScriptService.createScript                 R R A R R R R
            ScriptService.saveBody                     R R A R R R R
            ScriptService.approve                      R R A R R R R
            ScriptService.sample                       A A A R F R R
            CustomerImport.check                       A R A R R R R
            CustomerImport.commit                      A R A R R R R
            CustomerService.find                       A A A A F F R
            CustomerService.details                    A A A A F F R
            CustomerService.summary                    A A A A F F R
            CustomerService.today                      A A A A A A R
            CustomerService.refreshIndicators          A R A R R R R
            AssignmentService.campaigns                R R R R F R R
            AssignmentService.staff                    R R R R F R R
            AssignmentService.openLoads                R R R R F R R
            AssignmentService.openTasks                R R R R F R R
            AssignmentService.count                    R R R R F R R
            AssignmentService.assignEvenly             R R R R F R R
            AssignmentService.assignByStore            R R R R F R R
            AssignmentService.assignSelected           R R R R F R R
            AssignmentService.reassign                 R R R R F R R
            ExecutionService.worklist                  R R R R R F R
            ExecutionService.openTasks                 R R R R R F R
            ExecutionService.worklistCampaigns         R R R R R F R
            ExecutionService.home                      A A A A F F F
            ExecutionService.task                      A A A A F F R
            ExecutionService.contacts                  A A A A F F R
            ExecutionService.logContact                R R R R F F R
            ExecutionService.count                     R R R R R F R
            ExecutionService.evidence                  A A A A F F R
            ExecutionService.customerTasks             A A A A F F R
            ExecutionService.customerTask              A A A A F F R
            ExecutionService.myShare                   R R R R R F R
            LoggedContacts.strata                      R R R A R R R
            LoggedContacts.first                       R R R A R R R
            LoggedContacts.tallies                     R R R A R R R
            LoggedContacts.ofIds                       R R R A R R R
            ProgressService.campaigns                  A A A A F R R
            ProgressService.units                      A A A A F R R
            ContactTrend.daily                         A A A A F R R
            ContactTrend.byUnit                        A A A A F R R
            ProgressService.total                      A A A A F R R
            ProgressService.progress                   A A A A F R R
            ProgressService.progressByStaff            A A A A F R R
            ProgressService.pace                       A A A A A R R
            ProgressService.staff                      A A A A F R R
            ProgressService.ranking                    A A A A F R R
            SettlementService.sheet                    A A A A F R R
            SettlementService.sheetWithoutEstimates    A A A A F R R
            SettlementService.progress                 A A A A A R R
            SettlementService.isComplete               A A A A A R R
            SettlementService.settle                   R R F R F R R
            SettlementService.submit                   R R R R F R R
            SettlementService.returnToUnit             R R A R R R R
            UnitFigures.live                           A A A A F R R
            HandoffService.raise                       R R R R F F R
            HandoffService.get                         A A A A F F F
            HandoffService.events                      A A A A F F F
            HandoffService.sla                         A A A A F F F
            HandoffService.moves                       F F F F F F F
            HandoffService.mayComment                  F F F F F F F
            HandoffService.move                        F F F F F F F
            HandoffService.resend                      F F F F F F F
            HandoffService.comment                     F F F F F F F
            HandoffService.queue                       F F F F F F F
            HandoffService.home                        F F F F F F F
            HandoffService.counts                      F F F F F F F
            HandoffService.defaultMode                 A A A A A A A
            HandoffService.modes                       A A A A A A A
            HandoffService.receivers                   A A A A A A A
            HandoffService.defaultReceiver             A A A A A A A
            HandoffService.overdueReceived             F F F F F F F
            HandoffService.slaByReceiver               A A A A F R F
            HandoffService.openByReceiver              A A A A F R F
            HandoffService.slaOfCampaign               R A A A R R R
            HandoffService.slaOfRequests               A A A A F R F
            HandoffService.now                         A A A A A A A
            SlaTargetService.all                       A R R R R R R
            SlaTargetService.save                      A R R R R R R
            NoticeService.send                         S S S S S S S
            NoticeService.sendToRole                   S S S S S S S
            NoticeService.sendToWhoCan                 S S S S S S S
            NoticeService.sendToOthersWhoCan           S S S S S S S
            NoticeService.unreadCount                  F F F F F F F
            NoticeService.latest                       F F F F F F F
            NoticeService.markRead                     F F F F F F F
            NoticeService.markAllRead                  F F F F F F F
            RosterService.reach                        A A A A F F F
            RosterService.roster                       A A A A F F F
            StaffService.find                          A A A A F F F
            StaffService.get                           A A A A F F F
            StaffService.canMaintainAccounts           A A A A A A A
            StaffService.assignableRoles               A A A A A A A
            StaffService.save                          A R R R F R R
            StaffService.changeOwnPassword             A A A A A A A
            StaffService.lockedUntil                   A R R R R R R
            StaffService.unlock                        A R R R R R R
            UnitService.findInScope                    A A A A F F F
            UnitService.get                            A A A A F F F
            UnitService.save                           A R R R R R R
            RosterReport.renderPdf                     A A A A F F F
            RosterReport.fileName                      A A A A A A A
            InspectionReport.render                    A A A A F R F
            InspectionReport.fileName                  A A A A F R F
            ScorecardReport.renderPdf                  A A A A R R R
            ScorecardReport.fileName                   A A A A R R R
            EvaluationReport.draft                     R A A A R R R
            EvaluationReport.fileName                  R A A A R R R
            EvaluationService.of                       R A A A R R R
            EvaluationService.save                     R R A R R R R
            EvaluationService.lessons                  R R A R R R R
            EvaluationService.submit                   R R A R R R R
            EvaluationService.withdraw                 R R A R R R R
            IssuedReports.of                           R A A A R R R
            IssuedReports.pdf                          R A A A R R R
            IssuedReports.fileName                     R A A A R R R
            IssuedReports.correct                      R A R R R R R
            IssuedReports.copies                       R A A A R R R
            IssuedReports.english                      R A A A R R R
            IssuedReports.englishFileName              R A A A R R R
            CampaignListReport.campaigns               A A A A F R R
            CampaignListReport.renderPdf               A A A A F R R
            CampaignListReport.fileName                A A A A F R R
            UnitResultReport.units                     A A A A F R R
            UnitResultReport.result                    A A A A F R R
            UnitResultReport.renderPdf                 A A A A F R R
            UnitResultReport.fileName                  A A A A F R R
            UnitRanking.rank                           A A A A F R R
            ScorecardService.scorecard                 A A A A R R R
            ScorecardService.summary                   A A A A R R R
            ScorecardService.latest                    A A A A R R R
            ScorecardService.thresholds                A A A A R R R
            ScorecardService.saveThresholds            A R R R R R R
            ScorecardService.excel                     A A A A R R R
            ScorecardService.excelFileName             A A A A R R R
            LoginThrottle.isLocked                     S S S S S S S
            LoginThrottle.onFailure                    S S S S S S S
            LoginThrottle.onSuccess                    S S S S S S S
            LoginThrottle.lockedUntil                  S S S S S S S
            LoginThrottle.unlock                       S S S S S S S
            LoginThrottle.purge                        S S S S S S S
            LoginThrottle.lockedNames                  A R R R R R R
            PortalUserDetailsService.loadUserByUsername S S S S S S S
            SegmentExport.fileName                     A A A R A R R
            SegmentExport.writeXlsx                    A A A R F R R
            SegmentExport.writeCsv                     A A A R F R R
            SegmentQuery.today                         A A A R A R R
            SegmentQuery.count                         A A A R F R R
            SegmentQuery.members                       A A A R F R R
            SegmentQuery.insertMembers                 A A A R F R R
            SegmentQuery.packageNames                  A A A R A R R
            SegmentService.canSave                     A A A R A R R
            SegmentService.list                        A A A R F R R
            SegmentService.get                         A A A R F R R
            SegmentService.save                        A R A R F R R
            SegmentService.copy                        A R A R F R R
            CalendarSettings.periods                   A R R R R R R
            CalendarSettings.holidays                  A R R R R R R
            CalendarSettings.years                     A R R R R R R
            CalendarSettings.savePeriod                A R R R R R R
            CalendarSettings.deletePeriod              A R R R R R R
            CalendarSettings.saveHoliday               A R R R R R R
            CalendarSettings.deleteHoliday             A R R R R R R
            CalendarSettings.period                    A R R R R R R
            CalendarSettings.holiday                   A R R R R R R
            WorkingCalendar.workingTimeBetween         S S S S S S S
            WorkingCalendar.elapsed                    S S S S S S S
            WorkingCalendar.deadline                   S S S S S S S
            WorkingCalendar.isWorkingDay               S S S S S S S
            WorkingCalendar.current                    S S S S S S S
            TemplateService.current                    A R R A R R R
            TemplateService.revisions                  A R R A R R R
            TemplateService.get                        A R R A R R R
            TemplateService.changes                    A R R A R R R
            TemplateService.save                       A R R A R R R
            InspectionService.list                     A A A A F R F
            InspectionService.get                      A A A A F R F
            InspectionService.sheet                    A A A A F R F
            InspectionService.evidenceContent          A A A A F R F
            CampaignInspectionService.plan             A A A A F R F
            CampaignInspectionService.ofUnit           A A A A F R F
            CampaignInspectionService.findings         A A A A F R F
            InspectionService.templates                R R R A R R R
            InspectionService.campaigns                R R R A R R R
            InspectionService.units                    R R R A R R R
            InspectionService.plan                     R R R A R R R
            InspectionService.answer                   R R R A R R R
            InspectionService.attach                   R R R A R R R
            InspectionService.removeEvidence           R R R A R R R
            InspectionService.submit                   R R R A R R R
            CallbackSampleService.sheet                A A A A F R F
            CallbackSampleService.draw                 R R R A R R R
            CallbackSampleService.record               R R R A R R R
            ActionEvidenceService.attach               F F F F F F F
            ActionEvidenceService.files                F F F F F F F
            ActionEvidenceService.content              F F F F F F F
            FindingService.findings                    A A A A F R F
            FindingService.owners                      A A A A F R F
            FindingService.acknowledge                 F F F F F R F
            FindingService.dispute                     F F F F F R F
            FindingService.uphold                      R R R A R R R
            FindingService.withdraw                    R R R A R R R
            FindingService.assign                      F F F F F R F
            FindingService.done                        F F F F F F F
            FindingService.verify                      R R R A R R R
            FindingService.reopen                      R R R A R R R
            FindingService.actions                     A A A A F F F
            SupervisionWaitingService.waitingOnMe      F F F F F R F
            SupervisionWaitingService.count            F F F F F R F
            PrintoutService.mayPrint                   A A A A F R F
            PrintoutService.printout                   A A A A F R F
            """;

    /** The demo user of Lục Nam (or the province) holding each role alone. */
    private static final Map<Role, String> USERS = Map.of(Role.ADMIN, "admin", Role.DIRECTOR, "giamdoc",
            Role.PLANNER, "kehoach", Role.SUPERVISOR, "giamsat", Role.SALES_MANAGER, "lucnam.truongphong",
            Role.CARE_STAFF, "lucnam.cskh1", Role.TTVT_STAFF, "ttvt.lucnam");

    private static final Map<String, String[]> ROWS = rows();
    private static final Map<Role, PortalUser> SIGNED_IN = new EnumMap<>(Role.class);
    private static final PreAuthorizeAuthorizationManager GATE = new PreAuthorizeAuthorizationManager();

    @Autowired
    private ApplicationContext context;

    @Test
    void everyPublicServiceMethodHasARow() {
        Set<String> missing = new TreeSet<>();
        for (Method method : serviceMethods()) {
            if (!ROWS.containsKey(key(method))) {
                missing.add(key(method));
            }
        }
        Set<String> stale = new TreeSet<>(ROWS.keySet());
        serviceMethods().forEach(method -> stale.remove(key(method)));

        assertThat(missing).as("public service methods without a row in ServiceAccessTableTest.TABLE (add one per "
                + "method: A allowed, R refused, F filtered, S system, per role)").isEmpty();
        assertThat(stale).as("rows in ServiceAccessTableTest.TABLE for methods that no longer exist").isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void eachRoleIsRefusedOrLetThroughAsTheTableSays(String row, Role role, String expected, Method method) {
        PortalUser user = SIGNED_IN.computeIfAbsent(role, demo -> signIn(USERS.get(demo)));
        Class<?> service = method.getDeclaringClass();
        boolean gated = AnnotationUtils.findAnnotation(method, PreAuthorize.class) != null
                || AnnotationUtils.findAnnotation(service, PreAuthorize.class) != null;
        if (expected.equals("S")) {
            assertThat(gated).as(row + " is marked S (no user needed) but has a @PreAuthorize").isFalse();
            return;
        }
        assertThat(gated).as(row + " has no @PreAuthorize: mark it S or add the permission it needs").isTrue();
        AuthorizationResult result = GATE.authorize(
                () -> UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
                new SimpleMethodInvocation(context.getBean(service), method));

        assertThat(result != null && result.isGranted()).as(row + " as " + role).isEqualTo(!expected.equals("R"));
    }

    static Stream<Arguments> cells() {
        return serviceMethods().stream().filter(method -> ROWS.containsKey(key(method))).flatMap(method -> {
            String[] outcomes = ROWS.get(key(method));
            return Arrays.stream(Role.values()).map(role -> Arguments.of(key(method) + signature(method), role,
                    outcomes[role.ordinal()], method));
        });
    }

    private static List<Method> serviceMethods() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages(Application.class.getPackageName()).scan()) {
            return scan.getClassesWithAnnotation(Service.class).loadClasses().stream()
                    .flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
                    .filter(method -> Modifier.isPublic(method.getModifiers())
                            && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic())
                    .sorted((a, b) -> (key(a) + signature(a)).compareTo(key(b) + signature(b)))
                    .toList();
        }
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static String signature(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static Map<String, String[]> rows() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        TABLE.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] parts = line.split("\\s+");
            if (parts.length != 1 + Role.values().length) {
                throw new IllegalStateException("A row needs one outcome per role: " + line);
            }
            rows.put(parts[0], Arrays.copyOfRange(parts, 1, parts.length));
        });
        return rows;
    }
}
