package vn.vnpt.bacgiang.cskh.supervision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;

/**
 * A submitted inspection of Lục Nam's sales department with three failed items, as the supervisor
 * {@code giamsat} (who must be signed in): the list not handed out (NO), the script known poorly (2),
 * and the callbacks not confirmed (NO on a critical item: a knock-out, with its photo and comment).
 */
@Component
public class FindingFixture {

    public static final String NOT_HANDED_OUT = "Danh sách khách hàng của chương trình đã giao đủ cho nhân viên";
    public static final String CALLBACKS = "Gọi lại ngẫu nhiên: khách hàng xác nhận đã được chăm sóc";
    public static final String SCRIPT = "Nhân viên nắm được mục tiêu và kịch bản chương trình";

    private final SupervisionFixture fixture;
    private final InspectionService inspections;
    private final FindingService findings;
    private final CallbackSampleService samples;
    private final JdbcTemplate jdbc;

    FindingFixture(SupervisionFixture fixture, InspectionService inspections, FindingService findings,
                   CallbackSampleService samples, JdbcTemplate jdbc) {
        this.fixture = fixture;
        this.inspections = inspections;
        this.findings = findings;
        this.samples = samples;
        this.jdbc = jdbc;
    }

    public long submittedWithFindings() {
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        fixture.answer(id, "pbh-giao-ds", "NO", null);
        fixture.answer(id, "pbh-nam-kich-ban", "2", "Hai nhân viên chưa đọc kịch bản");
        fixture.answer(id, "pbh-goi-lai", "NO", "3/10 khách chưa được gọi");
        inspections.attach(id, fixture.item(id, "pbh-goi-lai").getId(), "goi-lai.png", png());
        fixture.answerTheRestWell(id);
        inspections.submit(id);
        return id;
    }

    /**
     * A submitted inspection of Lục Nam's sales department with every item answered well and a callback
     * sample of five contacts each of Đỗ Thị Mai, of whom {@code maiUnconfirmed} customers did not confirm
     * and the others did, and of Lương Văn Sơn, one not confirmed (20 %, not above the flag).
     */
    public long submittedWithCallbacks(int maiUnconfirmed) {
        List<ContactOutcome> five = Collections.nCopies(5, ContactOutcome.REACHED_ACCEPTED);
        CallbackFixture.contacts(jdbc, CallbackFixture.MAI, "Đỗ Thị Mai", five);
        CallbackFixture.contacts(jdbc, CallbackFixture.SON, "Lương Văn Sơn", five);
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        samples.draw(id, new SampleRequest(10, null, false));
        List<SampledContact> drawn = samples.sheet(id).contacts();
        record(drawn, CallbackFixture.MAI, maiUnconfirmed);
        record(drawn, CallbackFixture.SON, 1);
        fixture.answerTheRestWell(id);
        inspections.submit(id);
        return id;
    }

    private void record(List<SampledContact> drawn, long staffId, int unconfirmed) {
        List<SampledContact> own = drawn.stream().filter(contact -> contact.getStaffId() == staffId).toList();
        for (int i = 0; i < own.size(); i++) {
            samples.record(Objects.requireNonNull(own.get(i).getId()), own.get(i).getVersion(),
                    i < unconfirmed ? CallbackResult.NOT_CONFIRMED : CallbackResult.CONFIRMED, null);
        }
    }

    /** The inspection's finding for the item with this text, read now. */
    public Finding finding(long inspectionId, String itemText) {
        return card(inspectionId, itemText).finding();
    }

    public FindingCard card(long inspectionId, String itemText) {
        return findings.findings(inspectionId).stream()
                .filter(card -> card.finding().getItemText().equals(itemText)).findFirst().orElseThrow();
    }

    /** Acknowledged by Lục Nam's manager and given to Đỗ Thị Mai (lucnam.cskh1), due on the date; the caller signs in. */
    public CorrectiveAction acknowledgedWithAction(long inspectionId, String itemText, LocalDate dueOn) {
        Finding finding = finding(inspectionId, itemText);
        Finding acknowledged = findings.acknowledge(Objects.requireNonNull(finding.getId()), finding.getVersion(), null);
        return findings.assign(Objects.requireNonNull(acknowledged.getId()), acknowledged.getVersion(),
                new ActionDraft(14L, dueOn, "Giao lại danh sách và kiểm tra ký nhận"));
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    static List<String> texts(List<FindingCard> cards) {
        return cards.stream().map(card -> card.finding().getItemText()).toList();
    }
}
