package vn.vnpt.bacgiang.cskh.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.NOT_HANDED_OUT;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/** Files attached to Lục Nam's corrective action by its owner, Đỗ Thị Mai (lucnam.cskh1). Rolled back. */
@Transactional
class ActionEvidenceServiceTest extends PortalTest {

    private static final byte[] PDF = "%PDF-1.4\n% biên bản ký nhận\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    private ActionEvidenceService evidence;
    @Autowired
    private FindingService findings;
    @Autowired
    private FindingFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theOwnerAttachesAPhotoAndAPdfThatTheSupervisorReadsWhenVerifying() throws Exception {
        long action = action();

        ActionFile photo = as("lucnam.cskh1", () -> evidence.attach(action, "quay-giao-dich.jpg",
                SupervisionFixture.photo("Danh sách đã ký nhận")));
        ActionFile list = as("lucnam.truongphong", () -> evidence.attach(action, "bien-ban.pdf", PDF));

        assertThat(as("giamsat", () -> evidence.files(action))).extracting(ActionFile::fileName, ActionFile::mediaType,
                ActionFile::uploadedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("quay-giao-dich.jpg", "image/png", "Đỗ Thị Mai"), // by content
                org.assertj.core.groups.Tuple.tuple("bien-ban.pdf", "application/pdf", "Hoàng Văn Thắng"));
        assertThat(as("giamsat", () -> evidence.content(list.id(), true))).isEqualTo(PDF);
        byte[] preview = as("giamsat", () -> evidence.content(photo.id(), true));
        assertThat(preview).isNotEqualTo(as("giamsat", () -> evidence.content(photo.id(), false)));
        assertThat(EvidenceType.of(preview)).contains(EvidenceType.JPEG);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ActionEvidence' "
                + "AND action = 'CREATE'", Long.class)).isEqualTo(2L);
    }

    @Test
    void aRenamedExecutableOrAFileOfMoreThanTenMegabytesIsRefusedAndNothingIsSaved() throws Exception {
        long action = action();
        byte[] executable = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> as("lucnam.cskh1", () -> evidence.attach(action, "anh.jpg", executable)))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.evidence.type");
        assertThatThrownBy(() -> as("lucnam.cskh1", () -> evidence.attach(action, "lon.pdf",
                new byte[(int) EvidenceType.MAX_BYTES + 1]))).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.evidence.tooLarge");
        assertThat(as("lucnam.cskh1", () -> evidence.files(action))).isEmpty();
    }

    @Test
    void onlyTheOwnerAndTheUnitsManagerAttachAndOnlyWhileTheActionIsPending() throws Exception {
        long action = action();

        for (String user : new String[] {"giamsat", "lucnam.cskh2", "vietyen.truongphong"}) {
            assertThatThrownBy(() -> as(user, () -> evidence.attach(action, "bien-ban.pdf", PDF))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> evidence.files(action)))
                .isInstanceOf(AccessDeniedException.class);
        ActionFile attached = as("lucnam.cskh1", () -> evidence.attach(action, "bien-ban.pdf", PDF));
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> evidence.content(attached.id(), false)))
                .isInstanceOf(AccessDeniedException.class);

        CorrectiveAction pending = as("lucnam.cskh1", () -> findings.actions(ActionFilter.none())).stream()
                .filter(row -> Objects.equals(row.action().getId(), action)).findFirst().orElseThrow().action();
        as("lucnam.cskh1", () -> findings.done(action, pending.getVersion(), "Đã giao lại danh sách", null));

        assertThatThrownBy(() -> as("lucnam.cskh1", () -> evidence.attach(action, "them.pdf", PDF)))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.action.evidence.closed");
        assertThat(as("giamsat", () -> evidence.files(action))).extracting(ActionFile::fileName)
                .containsExactly("bien-ban.pdf");
    }

    private long action() throws Exception {
        long inspection = as("giamsat", () -> fixture.submittedWithFindings());
        return Objects.requireNonNull(as("lucnam.truongphong", () -> fixture.acknowledgedWithAction(inspection,
                NOT_HANDED_OUT, LocalDate.of(2026, 12, 20))).getId());
    }
}
