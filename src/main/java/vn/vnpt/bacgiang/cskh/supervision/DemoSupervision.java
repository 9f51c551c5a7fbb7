package vn.vnpt.bacgiang.cskh.supervision;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
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
 * The run command's demo inspections of campaign 9 (in SUPERVISION), planned and filled by the
 * supervisor through the service as she would: Lục Nam's sales department submitted with a knock-out
 * (a callback the customer did not confirm, with the photo and comment it needs) and three more failed
 * items, whose findings {@link DemoFindings} then works, Lục Ngạn's a draft
 * half filled, TP Bắc Giang's and the Đồi Ngô store's planned, and Lục Nam's TTVT planned for last
 * month. The store checklist then gets a second revision (one item added, one weight raised), which the
 * Đồi Ngô inspection does not follow. Runs once, while campaign 9 has no inspection.
 */
@Component
@Profile("demo")
class DemoSupervision {

    private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);
    /** db/demo V5_1: "Tri ân khách hàng MyTV", in SUPERVISION. */
    private static final long CAMPAIGN = 9;

    private final InspectionService inspections;
    private final TemplateService templates;
    private final InspectionRepository repository;
    private final ActingUser acting;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoFindings findings;

    DemoSupervision(InspectionService inspections, TemplateService templates, InspectionRepository repository,
                    ActingUser acting, TransactionTemplate transaction, Clock clock, DemoFindings findings) {
        this.inspections = inspections;
        this.templates = templates;
        this.repository = repository;
        this.acting = acting;
        this.transaction = transaction;
        this.clock = clock;
        this.findings = findings;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void planDemoInspections() {
        if (repository.findAll().stream().anyMatch(inspection -> Objects.equals(inspection.getCampaignId(), CAMPAIGN))) {
            return;
        }
        long[] submitted = new long[1];
        acting.run("giamsat", supervisor -> transaction.executeWithoutResult(status -> {
            LocalDate today = LocalDate.now(clock);
            submitted[0] = sales(11, today.minusDays(3));
            submittedWithKnockOut(submitted[0]);
            halfFilled(sales(12, today.minusDays(1)));
            sales(10, today.plusDays(2));
            inspections.plan(new InspectionPlan(1L, CAMPAIGN, 110L, null, null, today.plusDays(2)));
            reviseStoreTemplate();
            LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
            inspections.plan(new InspectionPlan(3L, null, 31L, lastMonth,
                    lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()), today.plusDays(4)));
            log.info("Planned the demo inspections of campaign {}", CAMPAIGN);
        }));
        findings.play(submitted[0]);
    }

    /** Revision 2 of the store checklist, after the Đồi Ngô inspection was planned on revision 1. */
    private void reviseStoreTemplate() {
        TemplateDraft draft = templates.get(1).draft();
        List<SectionDraft> sections = new ArrayList<>(draft.sections());
        List<ItemDraft> display = new ArrayList<>(sections.get(0).items());
        ItemDraft prices = display.get(1);
        display.set(1, new ItemDraft(prices.key(), prices.text(), prices.type(), 3, prices.critical(),
                prices.evidenceOnFail()));
        display.add(2, new ItemDraft(null, "Có tờ rơi hướng dẫn đăng ký gói MyTV nâng cao tại quầy", ItemType.YES_NO_NA,
                1, false, false));
        sections.set(0, new SectionDraft(sections.get(0).title(), display));
        templates.save(new TemplateDraft(draft.code(), draft.name(), draft.subject(), sections), 1);
    }

    private long sales(long unitId, LocalDate on) {
        return Objects.requireNonNull(inspections.plan(new InspectionPlan(2L, CAMPAIGN, unitId, null, null, on))
                .getId());
    }

    private void submittedWithKnockOut(long id) {
        answer(id, "pbh-giao-ds", "YES", null);
        answer(id, "pbh-nam-kich-ban", "2", "Ba nhân viên mới chưa được phổ biến kịch bản.");
        answer(id, "pbh-cap-nhat", "NO", "Kết quả liên hệ ngày 25-27/11 nhập muộn 2-3 ngày.");
        answer(id, "pbh-goi-lai", "NO", "Gọi lại 10 khách hàng: 3 khách nói chưa nhận được cuộc gọi tri ân nào.");
        answer(id, "pbh-chat-luong", "2", "Nhân viên chưa giới thiệu đủ gói MyTV nâng cao.");
        answer(id, "pbh-ty-le", "86", null);
        answer(id, "pbh-qua-tang", "YES", null);
        answer(id, "pbh-nhan-xet", "Phòng triển khai đúng tiến độ nhưng cần kiểm tra lại chất lượng ghi nhận "
                + "kết quả liên hệ.", null);
        inspections.attach(id, item(id, "pbh-goi-lai"), "ghi-chep-goi-lai.png", photo("Gọi lại 10 KH: 3 chưa xác nhận"));
        inspections.attach(id, item(id, "pbh-cap-nhat"), "nhat-ky-cap-nhat.png", photo("Nhật ký cập nhật 25-27/11"));
        inspections.attach(id, item(id, "pbh-chat-luong"), "nghe-lai-cuoc-goi.png", photo("Nghe lại 5 cuộc gọi"));
        inspections.submit(id);
    }

    private void halfFilled(long id) {
        answer(id, "pbh-giao-ds", "YES", null);
        answer(id, "pbh-nam-kich-ban", "2", "Ba nhân viên mới chưa được phổ biến kịch bản.");
        answer(id, "pbh-cap-nhat", "NA", null);
    }

    private void answer(long id, String key, String value, String comment) {
        inspections.answer(id, item(id, key), InspectionService.NEW_ANSWER, value, comment);
    }

    private long item(long id, String key) {
        return inspections.sheet(id).template().items().filter(item -> item.getItemKey().equals(key)).findFirst()
                .orElseThrow().getId();
    }

    /** A plain picture standing for the supervisor's photo of her callback notes. */
    static byte[] photo(String caption) {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xF4, 0xF1, 0xE8));
        graphics.fillRect(0, 0, 1200, 900);
        graphics.setColor(new Color(0x1F, 0x4E, 0x96));
        for (int line = 0; line < 10; line++) {
            graphics.fillRect(120, 160 + line * 60, 700 + (line * 37 % 200), 12);
        }
        graphics.setFont(graphics.getFont().deriveFont(48f));
        graphics.drawString(caption, 120, 100);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
