package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * The run command's callback sample: on the draft inspection of Lục Ngạn's sales department in campaign 9
 * (after {@link DemoSupervision} planned it and execution's demo logged the contacts), the supervisor
 * draws twelve contacts favouring unusual staff and records the first eight callbacks, two of Giáp Văn
 * Hưng's customers not confirming. Runs once, while that inspection has no sample.
 */
@Component
@Profile("demo")
class DemoCallbackSample {

    private static final Logger log = LoggerFactory.getLogger(DemoCallbackSample.class);
    private static final long CAMPAIGN = 9;
    private static final long LUC_NGAN_SALES = 12;
    private static final List<CallbackResult> RESULTS = List.of(CallbackResult.CONFIRMED,
            CallbackResult.NOT_CONFIRMED, CallbackResult.CONFIRMED, CallbackResult.NOT_REACHABLE,
            CallbackResult.CONFIRMED, CallbackResult.NOT_CONFIRMED, CallbackResult.CONFIRMED, CallbackResult.CONFIRMED);

    private final CallbackSampleService samples;
    private final InspectionRepository inspections;
    private final CallbackSampleRepository stored;
    private final ActingUser acting;
    private final TransactionTemplate transaction;

    DemoCallbackSample(CallbackSampleService samples, InspectionRepository inspections, CallbackSampleRepository stored,
                       ActingUser acting, TransactionTemplate transaction) {
        this.samples = samples;
        this.inspections = inspections;
        this.stored = stored;
        this.acting = acting;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    void drawDemoSample() {
        Inspection inspection = inspections.findAll().stream()
                .filter(found -> Objects.equals(found.getCampaignId(), CAMPAIGN) && found.getUnitId() == LUC_NGAN_SALES
                        && !found.isSubmitted())
                .findFirst().orElse(null);
        if (inspection == null || stored.findByInspectionId(Objects.requireNonNull(inspection.getId())).isPresent()) {
            return;
        }
        long id = inspection.getId();
        acting.run("giamsat", supervisor -> transaction.executeWithoutResult(status -> {
            samples.draw(id, new SampleRequest(12, null, true));
            List<SampledContact> contacts = samples.sheet(id).contacts().stream()
                    .sorted(java.util.Comparator.comparing(SampledContact::getStaffName)).toList();
            for (int n = 0; n < RESULTS.size() && n < contacts.size(); n++) {
                SampledContact contact = contacts.get(n);
                CallbackResult result = RESULTS.get(n);
                samples.record(Objects.requireNonNull(contact.getId()), contact.getVersion(), result,
                        result == CallbackResult.NOT_CONFIRMED ? "Khách nói không nhận được cuộc gọi tri ân nào." : null);
            }
            log.info("Drew the demo callback sample of inspection {}", id);
        }));
    }
}
