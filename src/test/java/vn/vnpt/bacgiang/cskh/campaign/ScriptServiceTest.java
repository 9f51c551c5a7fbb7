package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.draft;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.id;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

class ScriptServiceTest extends PortalTest {

    private static final String BODY = "Em chào {ten_khach_hang} ({ma_khach_hang}), cảm ơn Quý khách đã dùng {dich_vu} "
            + "suốt {so_nam_gan_bo} năm. Chúc mừng sinh nhật ngày {ngay_sinh}! {nhan_vien}";

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private ScriptService scripts;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CarePlanService plans;

    @Test
    void thePreviewIsFilledWithTheFirstCustomerOfTheSegment() throws Exception {
        Campaign campaign = inOrientation(ScriptFixture.segment(jdbc, today()));

        ScriptTemplate.Sample sample = as("kehoach", () -> scripts.sample(id(campaign))).orElseThrow();

        assertThat(ScriptTemplate.fill(BODY, sample)).isEqualTo("Em chào An Thị Hoa (SCR-01), cảm ơn Quý khách đã "
                + "dùng Internet FiberVNN suốt 12 năm. Chúc mừng sinh nhật ngày 05/07! Lê Minh Đức");
    }

    @Test
    void unknownPlaceholdersAreListedAndRefusedOnSave() throws Exception {
        assertThat(ScriptTemplate.unknownPlaceholders("Chào {ten_khach_hang}, {ten_kh} và {so_dien_thoai} {ten_kh}"))
                .containsExactly("{ten_kh}", "{so_dien_thoai}");
        Campaign campaign = inOrientation(CampaignFixture.LONG_TENURE_SEGMENT);

        assertThatThrownBy(() -> as("kehoach", () -> scripts.createScript(id(campaign), "Cuộc gọi", CareChannel.CALL,
                "Chào {ten_kh}"))).isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("campaign.script.unknownPlaceholder");
                    assertThat(violation.arguments()).containsExactly("{ten_kh}");
                });
        assertThat(as("kehoach", () -> scripts.scripts(id(campaign)))).isEmpty();
    }

    @Test
    void aDraftChangesInPlaceAChangeToTheApprovedVersionMakesANewDraftAndApprovalSupersedes() throws Exception {
        Campaign campaign = inOrientation(CampaignFixture.LONG_TENURE_SEGMENT);
        signIn("kehoach");
        CareScriptVersion first = scripts.createScript(id(campaign), "Cuộc gọi tri ân", CareChannel.CALL, BODY);
        assertThat(first.getState()).isEqualTo(ScriptState.DRAFT);

        CareScriptVersion edited = scripts.saveBody(vid(first), first.getVersion(), "Chào {ten_khach_hang}.");
        assertThat(edited.getNumber()).isEqualTo(1);
        assertThat(edited.getBody()).isEqualTo("Chào {ten_khach_hang}.");

        signIn("kehoach2");
        CareScriptVersion approved = scripts.approve(vid(edited), edited.getVersion());
        assertThat(approved.getState()).isEqualTo(ScriptState.APPROVED);
        assertThat(approved.getApprovedByName()).isEqualTo(signIn("kehoach2").displayName());
        assertThat(approved.getApprovedAt()).isNotNull();

        signIn("kehoach");
        CareScriptVersion second = scripts.saveBody(vid(approved), approved.getVersion(), "Kính chào {ten_khach_hang}.");
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getState()).isEqualTo(ScriptState.DRAFT);
        ScriptService.ScriptEntry entry = scripts.scripts(id(campaign)).getFirst();
        assertThat(entry.approved()).map(CareScriptVersion::getNumber).contains(1);
        assertThat(entry.latest().getNumber()).isEqualTo(2);
        CareScriptVersion stillApproved = entry.approved().orElseThrow();
        assertThatThrownBy(() -> scripts.saveBody(vid(stillApproved), stillApproved.getVersion(), "Khác"))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.script.draftExists");

        scripts.approve(vid(second), second.getVersion());
        entry = scripts.scripts(id(campaign)).getFirst();
        assertThat(entry.versions()).extracting(CareScriptVersion::getNumber, CareScriptVersion::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ScriptState.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(1, ScriptState.SUPERSEDED));
        CareScriptVersion superseded = entry.versions().get(1);
        assertThatThrownBy(() -> scripts.saveBody(vid(superseded), superseded.getVersion(), "Khác"))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.script.superseded");
        assertThatThrownBy(() -> scripts.approve(vid(superseded), superseded.getVersion()))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.script.notDraft");

        assertThat(audits("CareScriptVersion", vid(first))).containsExactly("CREATE", "UPDATE", "STATE_CHANGE",
                "STATE_CHANGE");
        assertThat(audits("CareScriptVersion", vid(second))).containsExactly("CREATE", "STATE_CHANGE");
    }

    @Test
    void aStaleEditOrApprovalIsRefusedAndChangesNothing() throws Exception {
        Campaign campaign = inOrientation(CampaignFixture.LONG_TENURE_SEGMENT);
        signIn("kehoach");
        CareScriptVersion first = scripts.createScript(id(campaign), "Tin nhắn", CareChannel.SMS, "Chào {ten_khach_hang}");
        scripts.saveBody(vid(first), first.getVersion(), "Chào bạn {ten_khach_hang}");

        assertThatThrownBy(() -> scripts.saveBody(vid(first), first.getVersion(), "Bản cũ"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> scripts.approve(vid(first), first.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(scripts.scripts(id(campaign)).getFirst().latest().getBody()).isEqualTo("Chào bạn {ten_khach_hang}");

        CampaignOrientation orientation = scripts.orientation(id(campaign));
        orientation.setGoals("Cảm ơn khách hàng");
        orientation.setChannels(EnumSet.of(CareChannel.CALL));
        CampaignOrientation saved = scripts.saveOrientation(orientation);
        CampaignOrientation stale = scripts.orientation(id(campaign));
        saved.setTone("Ấm áp");
        scripts.saveOrientation(saved);
        stale.setTone("Lạnh lùng");
        assertThatThrownBy(() -> scripts.saveOrientation(stale))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(scripts.orientation(id(campaign)).getTone()).isEqualTo("Ấm áp");
        assertThat(audits("CampaignOrientation", id(campaign))).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void onlyPlannersWriteScriptsAndOnlyWhileTheCampaignIsInStepsTwoOrThreeOrReturned() throws Exception {
        Campaign campaign = inOrientation(CampaignFixture.LONG_TENURE_SEGMENT);
        CareScriptVersion first = as("kehoach", () -> scripts.createScript(id(campaign), "Cuộc gọi", CareChannel.CALL,
                "Chào {ten_khach_hang}"));
        for (String username : new String[] {"giamdoc", "giamsat", "admin"}) {
            assertThatThrownBy(() -> as(username, () -> scripts.approve(vid(first), first.getVersion())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(username, () -> scripts.createScript(id(campaign), "Khác", CareChannel.SMS,
                    "Chào"))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("giamdoc", () -> scripts.scripts(id(campaign)))).hasSize(1);

        Campaign segmenting = as("kehoach", () -> campaigns.create(draft("Chưa định hướng",
                CampaignFixture.LONG_TENURE_SEGMENT)));
        assertThatThrownBy(() -> as("kehoach", () -> scripts.createScript(id(segmenting), "Cuộc gọi", CareChannel.CALL,
                "Chào"))).isInstanceOf(RuleViolation.class).hasMessage("campaign.script.locked");
    }

    @Test
    void planningNeedsAnOrientationWithGoalsAndAChannelAndSubmittingAnApprovedScript() throws Exception {
        Campaign campaign = inOrientation(CampaignFixture.LONG_TENURE_SEGMENT);
        signIn("kehoach");
        assertThatThrownBy(() -> campaigns.move(id(campaign), campaign.getVersion(), CampaignState.PLANNING, null))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.guard.orientation");
        CampaignOrientation orientation = scripts.orientation(id(campaign));
        orientation.setGoals("Cảm ơn khách hàng gắn bó");
        CampaignOrientation saved = scripts.saveOrientation(orientation);
        assertThatThrownBy(() -> campaigns.move(id(campaign), campaign.getVersion(), CampaignState.PLANNING, null))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.guard.orientation");
        saved.setChannels(EnumSet.of(CareChannel.SMS, CareChannel.ZALO));
        scripts.saveOrientation(saved);
        Campaign planning = campaigns.move(id(campaign), campaign.getVersion(), CampaignState.PLANNING, null);

        CareScriptVersion draft = scripts.createScript(id(campaign), "Tin nhắn", CareChannel.SMS,
                "Chào {ten_khach_hang}");
        PlanFixture.prepareForSubmission(plans, jdbc, id(planning));
        assertThatThrownBy(() -> campaigns.move(id(planning), planning.getVersion(), CampaignState.APPRAISAL, null))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.guard.approvedScript");
        scripts.approve(vid(draft), draft.getVersion());
        assertThat(campaigns.move(id(planning), planning.getVersion(), CampaignState.APPRAISAL, null).getState())
                .isEqualTo(CampaignState.APPRAISAL);
        assertThatThrownBy(() -> scripts.createScript(id(campaign), "Muộn", CareChannel.SMS, "Chào"))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.script.locked");
    }

    private Campaign inOrientation(long segmentId) throws Exception {
        Campaign created = as("kehoach", () -> campaigns.create(draft("Kịch bản", segmentId)));
        return as("kehoach", () -> campaigns.move(id(created), created.getVersion(), CampaignState.ORIENTATION, null));
    }

    private java.util.List<String> audits(String type, long id) {
        return jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = ? AND entity_id = ? ORDER BY id",
                String.class, type, String.valueOf(id));
    }

    private static long vid(CareScriptVersion version) {
        return Objects.requireNonNull(version.getId());
    }

    private static LocalDate today() {
        return LocalDate.now(VnFormats.ZONE);
    }
}
