package vn.vnpt.bacgiang.cskh.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture.LUC_NAM_SALES;
import static vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture.LUC_NGAN_SALES;
import static vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture.SALES_TEMPLATE;

import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/** Rolled back: every inspection and template revision made here disappears with the test. */
@Transactional
class InspectionServiceTest extends PortalTest {

    @Autowired
    private InspectionService inspections;
    @Autowired
    private TemplateService templates;
    @Autowired
    private SupervisionFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager entityManager;

    @Test
    void theScoreWeighsEachAnswerCountingYesFullNoZeroAScoreAsFifthsAndLeavesNotApplicableOut() {
        signIn("giamsat");
        long id = fixture.salesInspection(LUC_NAM_SALES);
        fixture.answer(id, "pbh-giao-ds", "YES", null);     // weight 2, full
        fixture.answer(id, "pbh-nam-kich-ban", "4", null);  // weight 2, 4/5
        fixture.answer(id, "pbh-cap-nhat", "NA", null);     // weight 3, left out
        Scorecard score = fixture.answer(id, "pbh-chat-luong", "5", null).scorecard();

        // (2 × 1 + 2 × 0.8) / 4 = 90 %; section 2: 5/5 over weight 2 = 100 %; overall (3.6 + 2) / 6
        assertThat(score.sections().get(0).percent()).isEqualTo(90.0);
        assertThat(score.sections().get(1).percent()).isEqualTo(100.0);
        assertThat(score.sections().get(2).percent()).isNull();
        assertThat(score.overall()).isCloseTo(5.6 * 100 / 6, offset(0.001));
        assertThat(score.knockedOut()).isFalse();
    }

    @Test
    void aFailingCriticalItemKnocksTheInspectionOutWhateverTheScoreAndAScoreOfTwoFails() {
        signIn("giamsat");
        long id = fixture.salesInspection(LUC_NAM_SALES);
        fixture.answer(id, "pbh-goi-lai", "NO", "Hai khách hàng nói chưa được gọi");
        fixture.answer(id, "pbh-chat-luong", "2", null);
        fixture.answerTheRestWell(id);
        Scorecard score = inspections.sheet(id).scorecard();

        // 2 + 3 + 2 YES, 4/5 × 2, 0 × 3, 2/5 × 2 over 14: 67 %, yet a knock-out
        assertThat(score.overall()).isCloseTo(940.0 / 14, offset(0.001));
        assertThat(score.knockedOut()).isTrue();
        assertThat(score.knockOuts()).containsExactly(fixture.item(id, "pbh-goi-lai").getId());
        assertThat(score.failing()).containsExactlyInAnyOrder(fixture.item(id, "pbh-goi-lai").getId(),
                fixture.item(id, "pbh-chat-luong").getId());
    }

    @Test
    void anInspectionKeepsItsRevisionWhenTheTemplateGetsANewOneAndThePageListsWhatChanged() {
        signIn("giamsat");
        long id = fixture.salesInspection(LUC_NAM_SALES);
        fixture.answer(id, "pbh-giao-ds", "YES", null);
        Scorecard before = inspections.sheet(id).scorecard();

        TemplateDraft draft = templates.get(SALES_TEMPLATE).draft();
        List<SectionDraft> sections = new ArrayList<>(draft.sections());
        List<ItemDraft> first = new ArrayList<>(sections.get(0).items());
        ItemDraft giao = first.get(0);
        first.set(0, new ItemDraft(giao.key(), giao.text(), giao.type(), 5, true, giao.evidenceOnFail()));
        first.remove(1);
        first.add(new ItemDraft(null, "Có biên bản họp triển khai chương trình", ItemType.YES_NO_NA, 1, false, false));
        sections.set(0, new SectionDraft(sections.get(0).title(), first));
        ChecklistTemplate second = templates.save(new TemplateDraft(draft.code(), draft.name(), draft.subject(),
                sections), 1);

        assertThat(second.getRevision()).isEqualTo(2);
        InspectionSheet sheet = inspections.sheet(id);
        assertThat(sheet.template().getRevision()).isEqualTo(1);
        assertThat(sheet.template().items().map(ChecklistItem::getItemKey)).contains("pbh-nam-kich-ban");
        assertThat(sheet.scorecard()).isEqualTo(before);
        assertThat(templates.changes(SALES_TEMPLATE, second.getId()))
                .extracting(TemplateChange::kind, TemplateChange::text, TemplateChange::changed)
                .containsExactlyInAnyOrder(
                        tuple(TemplateChange.Kind.CHANGED,
                                "Danh sách khách hàng của chương trình đã giao đủ cho nhân viên",
                                List.of("weight", "critical")),
                        tuple(TemplateChange.Kind.ADDED,
                                "Có biên bản họp triển khai chương trình", List.of()),
                        tuple(TemplateChange.Kind.REMOVED,
                                "Nhân viên nắm được mục tiêu và kịch bản chương trình", List.of()));
        assertThatThrownBy(() -> fixture.salesInspection(LUC_NGAN_SALES)).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.plan.template.outdated");
        assertThatThrownBy(() -> templates.save(draft, 1)).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.template.stale");
    }

    @Test
    void aTemplateNeedsANameASectionWithAnItemAndPositiveWeights() {
        signIn("admin");
        ItemDraft item = new ItemDraft(null, "Niêm yết giá cước", ItemType.YES_NO_NA, 1, false, false);
        assertRefused(new TemplateDraft(null, " ", ChecklistSubject.STORE,
                List.of(new SectionDraft("Niêm yết", List.of(item)))), "supervision.template.name.required", "name");
        assertRefused(new TemplateDraft(null, "Mẫu", ChecklistSubject.STORE, List.of()),
                "supervision.template.sections.required", "sections");
        assertRefused(new TemplateDraft(null, "Mẫu", ChecklistSubject.STORE,
                List.of(new SectionDraft("Niêm yết", List.of()))), "supervision.template.section.items.required",
                "sections[0].items");
        assertRefused(new TemplateDraft(null, "Mẫu", ChecklistSubject.STORE, List.of(new SectionDraft("Niêm yết",
                List.of(item, new ItemDraft(null, "Đồng phục", ItemType.SCORE_0_5, 0, false, false))))),
                "supervision.template.item.weight.range", "sections[0].items[1].weight");

        ChecklistTemplate saved = templates.save(new TemplateDraft(null, "Mẫu kiểm tra nhanh", ChecklistSubject.STORE,
                List.of(new SectionDraft("Niêm yết", List.of(item)))), 0);
        assertThat(saved.getRevision()).isEqualTo(1);
        assertThat(templates.current()).extracting(ChecklistTemplate::getName).contains("Mẫu kiểm tra nhanh");
    }

    @Test
    void anAnswerSavedFromAnOlderReadIsRefusedAsStaleAndASecondDeviceSeesTheDraft() {
        signIn("giamsat");
        long id = fixture.salesInspection(LUC_NAM_SALES);
        long item = fixture.item(id, "pbh-giao-ds").getId();
        AnswerSaved first = inspections.answer(id, item, InspectionService.NEW_ANSWER, "YES", null);
        AnswerSaved second = inspections.answer(id, item, first.version(), "NO", "Thiếu danh sách của 2 nhân viên");

        assertThat(inspections.sheet(id).answers().get(item).getValue()).isEqualTo("NO");
        assertThat(inspections.get(id).getState()).isEqualTo(InspectionState.DRAFT);
        assertThatThrownBy(() -> inspections.answer(id, item, first.version(), "YES", null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> inspections.answer(id, item, InspectionService.NEW_ANSWER, "YES", null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(second.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> inspections.answer(id, fixture.item(id, "pbh-chat-luong").getId(),
                InspectionService.NEW_ANSWER, "7", null)).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.answer.invalid");
    }

    @Test
    void aRenamedExecutableIsRefusedAsEvidenceWhileARealPhotoIsKeptWithAPreviewAndTheServerTime() throws Exception {
        signIn("giamsat");
        long id = fixture.salesInspection(LUC_NAM_SALES);
        long item = fixture.item(id, "pbh-goi-lai").getId();
        byte[] executable = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> inspections.attach(id, item, "anh-quay.jpg", executable))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.evidence.type");
        assertThatThrownBy(() -> inspections.attach(id, item, "ban-ve.pdf", new byte[(int) EvidenceType.MAX_BYTES + 1]))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.evidence.tooLarge");
        byte[] photo = png(2000, 1500);
        EvidenceInfo saved = inspections.attach(id, item, "anh.png", photo);
        EvidenceInfo pdf = inspections.attach(id, item, "bien-ban", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.UTF_8));

        assertThat(saved.mediaType()).isEqualTo("image/png");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(inspections.evidenceContent(saved.id(), false)).isEqualTo(photo);
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(
                inspections.evidenceContent(saved.id(), true)));
        assertThat(preview.getWidth()).isEqualTo(EvidencePreview.MAX_SIDE);
        assertThat(saved.uploadedAt()).isNotNull();
        assertThat(inspections.sheet(id).evidenceOf(item)).hasSize(2);
    }

    @Test
    void evidenceIsRemovedByWhoeverUploadedItWhileTheInspectionIsADraftAndTheRemovalIsAudited() throws Exception {
        PortalUser supervisor = signIn("giamsat");
        long id = fixture.salesInspection(LUC_NAM_SALES);
        long item = fixture.item(id, "pbh-goi-lai").getId();
        EvidenceInfo wrong = inspections.attach(id, item, "nham-anh.png", png(40, 30));
        EvidenceInfo kept = inspections.attach(id, item, "ghi-am.png", png(40, 30));
        EvidenceInfo others = inspections.attach(id, item, "cua-nguoi-khac.png", png(40, 30));
        jdbc.update("UPDATE inspection_evidence SET uploaded_by_id = ? WHERE id = ?", supervisor.id() + 1000,
                others.id());
        entityManager.clear();

        assertThat(inspections.sheet(id).removable(wrong)).isTrue();
        inspections.removeEvidence(wrong.id());

        assertThat(inspections.sheet(id).evidenceOf(item)).extracting(EvidenceInfo::fileName)
                .containsExactly("ghi-am.png", "cua-nguoi-khac.png");
        assertThat(jdbc.queryForObject("SELECT actor_username FROM audit_entry WHERE entity_type = 'Evidence' "
                + "AND entity_id = ? AND action = 'DELETE'", String.class, String.valueOf(wrong.id())))
                .isEqualTo("giamsat");
        EvidenceInfo othersRead = inspections.sheet(id).evidenceOf(item).get(1);
        assertThat(inspections.sheet(id).removable(othersRead)).isFalse();
        assertThatThrownBy(() -> inspections.removeEvidence(others.id())).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.evidence.remove.notOwn");
        assertThatThrownBy(() -> as("kehoach", () -> {
            inspections.removeEvidence(kept.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        fixture.answer(id, "pbh-goi-lai", "NO", "2/10 khách hàng gọi lại chưa được chăm sóc");
        fixture.answerTheRestWell(id);
        inspections.submit(id);

        assertThat(inspections.sheet(id).removable(kept)).isFalse();
        assertThatThrownBy(() -> inspections.removeEvidence(kept.id())).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.evidence.remove.submitted");
        assertThat(inspections.sheet(id).evidenceOf(item)).hasSize(2);
    }

    @Test
    void submittingRefusesAFailingItemWithoutEvidenceAndCommentThenLocksTheInspection() throws Exception {
        signIn("giamsat");
        long id = fixture.salesInspection(LUC_NAM_SALES);
        assertThatThrownBy(() -> inspections.submit(id)).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.submit.unanswered");
        fixture.answer(id, "pbh-goi-lai", "NO", null);
        fixture.answerTheRestWell(id);
        long item = fixture.item(id, "pbh-goi-lai").getId();

        assertThatThrownBy(() -> inspections.submit(id)).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.submit.evidenceNeeded");
        inspections.attach(id, item, "ghi-am.png", png(40, 30));
        assertThatThrownBy(() -> inspections.submit(id)).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.submit.evidenceNeeded");
        fixture.answer(id, "pbh-goi-lai", "NO", "2/10 khách hàng gọi lại chưa được chăm sóc");
        Inspection submitted = inspections.submit(id);

        assertThat(submitted.getState()).isEqualTo(InspectionState.SUBMITTED);
        assertThat(submitted.isKnockedOut()).isTrue();
        assertThat(submitted.getScore()).isNotNull();
        assertThat(inspections.sheet(id).editable()).isFalse();
        assertThatThrownBy(() -> fixture.answer(id, "pbh-giao-ds", "NO", null)).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.inspection.submitted");
    }

    @Test
    void supervisorsAndPlannersSeeEveryInspectionAUnitOnlyItsOwnReadOnly() throws Exception {
        signIn("giamsat");
        long lucNam = fixture.salesInspection(LUC_NAM_SALES);
        long lucNgan = fixture.salesInspection(LUC_NGAN_SALES);
        long ttvt = fixture.ttvtInspection();

        assertThat(as("kehoach", () -> ids(inspections.list()))).contains(lucNam, lucNgan, ttvt);
        assertThat(as("giamdoc", () -> ids(inspections.list()))).contains(lucNam, lucNgan, ttvt);
        assertThat(as("lucnam.truongphong", () -> ids(inspections.list()))).contains(lucNam)
                .doesNotContain(lucNgan, ttvt);
        assertThat(as("ttvt.lucnam", () -> ids(inspections.list()))).contains(ttvt).doesNotContain(lucNam, lucNgan);
        assertThat(as("lucnam.truongphong", () -> inspections.sheet(lucNam).editable())).isFalse();
        assertThatThrownBy(() -> as("lucnam.truongphong", () -> inspections.sheet(lucNgan)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lucnam.cskh1", () -> inspections.list()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kehoach", () -> fixture.answer(lucNam, "pbh-giao-ds", "YES", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("giamsat", () -> inspections.plan(new InspectionPlan(SupervisionFixture.TTVT_TEMPLATE,
                null, LUC_NAM_SALES, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3)))))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.plan.unit.kind");
    }

    private void assertRefused(TemplateDraft draft, String key, String field) {
        assertThatThrownBy(() -> templates.save(draft, 0)).isInstanceOf(RuleViolation.class).hasMessage(key)
                .extracting(thrown -> ((RuleViolation) thrown).field()).isEqualTo(field);
    }

    private static List<Long> ids(List<Inspection> list) {
        return list.stream().map(Inspection::getId).toList();
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
