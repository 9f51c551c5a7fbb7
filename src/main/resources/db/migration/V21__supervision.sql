-- Step 7 supervision: checklist templates (bảng kiểm tra giám sát) in revisions, and inspections
-- filled against one revision. A saved revision is never changed: editing a template writes the
-- next revision of the same code, and an inspection keeps the revision it was planned with
-- (docs/decisions/0019).
CREATE TABLE checklist_template (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    revision    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    subject     VARCHAR(20)  NOT NULL,
    author_name VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_checklist_template UNIQUE (code, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE checklist_section (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    CONSTRAINT fk_checklist_section_template FOREIGN KEY (template_id) REFERENCES checklist_template (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- item_key stays the same for an item across revisions, so two revisions can be compared item by item.
CREATE TABLE checklist_item (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_id        BIGINT       NOT NULL,
    position          INT          NOT NULL,
    item_key          VARCHAR(40)  NOT NULL,
    text              VARCHAR(500) NOT NULL,
    item_type         VARCHAR(12)  NOT NULL,
    weight            INT          NOT NULL,
    critical          BOOLEAN      NOT NULL DEFAULT FALSE,
    evidence_on_fail  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_checklist_item_section FOREIGN KEY (section_id) REFERENCES checklist_section (id),
    CONSTRAINT ck_checklist_item_weight CHECK (weight > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Planned for a campaign and an executing unit, or for a TTVT and a period (no campaign). Unit name
-- and path are copied so the scope query needs no join and a later reorganisation keeps the record.
CREATE TABLE inspection (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id     BIGINT       NOT NULL,
    campaign_id     BIGINT       NULL,
    campaign_name   VARCHAR(200) NULL,
    unit_id         BIGINT       NOT NULL,
    unit_name       VARCHAR(200) NOT NULL,
    unit_path       VARCHAR(255) NOT NULL,
    period_start    DATE         NULL,
    period_end      DATE         NULL,
    supervisor_id   BIGINT       NOT NULL,
    supervisor_name VARCHAR(100) NOT NULL,
    planned_on      DATE         NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    submitted_at    DATETIME(6)  NULL,
    score           DECIMAL(5, 1) NULL,
    knocked_out     BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_inspection_template FOREIGN KEY (template_id) REFERENCES checklist_template (id),
    CONSTRAINT fk_inspection_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_inspection_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_inspection_campaign (campaign_id),
    INDEX ix_inspection_unit_path (unit_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- One row per answered item, saved on every change (the draft); the version detects a stale write.
CREATE TABLE inspection_answer (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id BIGINT        NOT NULL,
    item_id       BIGINT        NOT NULL,
    answer_value  VARCHAR(2000) NULL,
    comment       VARCHAR(1000) NULL,
    answered_by   VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_inspection_answer_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_inspection_answer_item FOREIGN KEY (item_id) REFERENCES checklist_item (id),
    CONSTRAINT uq_inspection_answer UNIQUE (inspection_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Photos and files kept in the database; preview is a downscaled JPEG of an image for display.
CREATE TABLE inspection_evidence (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id BIGINT       NOT NULL,
    item_id       BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(40)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    content       LONGBLOB     NOT NULL,
    preview       MEDIUMBLOB   NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_inspection_evidence_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_inspection_evidence_item FOREIGN KEY (item_id) REFERENCES checklist_item (id),
    INDEX ix_inspection_evidence_item (inspection_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The three templates ĐHNV starts with (reference data, as the organisation is).
INSERT INTO checklist_template (id, code, revision, name, subject, author_name) VALUES
    (1, 'CH-CSKH', 1, 'Kiểm tra công tác CSKH tại cửa hàng giao dịch', 'STORE', 'Phòng Điều hành nghiệp vụ'),
    (2, 'PBH-CT', 1, 'Kiểm tra thực hiện chương trình CSKH tại phòng bán hàng', 'SALES_DEPT', 'Phòng Điều hành nghiệp vụ'),
    (3, 'TTVT-CXL', 1, 'Kiểm tra xử lý yêu cầu chuyển xử lý tại TTVT', 'TTVT', 'Phòng Điều hành nghiệp vụ');

INSERT INTO checklist_section (id, template_id, position, title) VALUES
    (1, 1, 0, 'Không gian giao dịch và niêm yết'),
    (2, 1, 1, 'Giao tiếp và phục vụ khách hàng'),
    (3, 1, 2, 'Tiếp nhận và xử lý khiếu nại'),
    (4, 2, 0, 'Phân công và danh sách khách hàng'),
    (5, 2, 1, 'Thực hiện liên hệ khách hàng'),
    (6, 2, 2, 'Quà tặng và chứng từ'),
    (7, 3, 0, 'Tiếp nhận yêu cầu'),
    (8, 3, 1, 'Xử lý kỹ thuật'),
    (9, 3, 2, 'Phối hợp và phản hồi');

INSERT INTO checklist_item (section_id, position, item_key, text, item_type, weight, critical, evidence_on_fail) VALUES
    (1, 0, 'ch-bien-hieu', 'Biển hiệu, quầy giao dịch sạch sẽ, đúng bộ nhận diện VNPT', 'YES_NO_NA', 1, FALSE, FALSE),
    (1, 1, 'ch-niem-yet', 'Niêm yết đầy đủ bảng giá cước và chương trình khuyến mại đang áp dụng', 'YES_NO_NA', 2, FALSE, TRUE),
    (1, 2, 'ch-anh-quay', 'Ảnh chụp quầy giao dịch lúc kiểm tra', 'EVIDENCE', 1, FALSE, FALSE),
    (2, 0, 'ch-dong-phuc', 'Giao dịch viên mặc đồng phục, đeo thẻ tên', 'YES_NO_NA', 1, FALSE, FALSE),
    (2, 1, 'ch-thai-do', 'Chào hỏi, lắng nghe và giải đáp khách hàng đúng kịch bản', 'SCORE_0_5', 3, FALSE, TRUE),
    (2, 2, 'ch-thoi-gian-cho', 'Thời gian chờ trung bình của khách hàng (phút)', 'NUMBER', 1, FALSE, FALSE),
    (3, 0, 'ch-so-khieu-nai', 'Sổ tiếp nhận khiếu nại ghi đầy đủ, đúng hạn', 'YES_NO_NA', 2, FALSE, TRUE),
    (3, 1, 'ch-khieu-nai-qua-han', 'Không có khiếu nại quá hạn chưa chuyển TTVT xử lý', 'YES_NO_NA', 3, TRUE, TRUE),
    (3, 2, 'ch-ghi-chu', 'Ghi chú của người kiểm tra', 'TEXT', 1, FALSE, FALSE),
    (4, 0, 'pbh-giao-ds', 'Danh sách khách hàng của chương trình đã giao đủ cho nhân viên', 'YES_NO_NA', 2, FALSE, FALSE),
    (4, 1, 'pbh-nam-kich-ban', 'Nhân viên nắm được mục tiêu và kịch bản chương trình', 'SCORE_0_5', 2, FALSE, FALSE),
    (5, 0, 'pbh-cap-nhat', 'Kết quả liên hệ được cập nhật trên cổng trong ngày', 'YES_NO_NA', 3, FALSE, TRUE),
    (5, 1, 'pbh-goi-lai', 'Gọi lại ngẫu nhiên: khách hàng xác nhận đã được chăm sóc', 'YES_NO_NA', 3, TRUE, TRUE),
    (5, 2, 'pbh-chat-luong', 'Chất lượng cuộc gọi theo kịch bản mẫu', 'SCORE_0_5', 2, FALSE, TRUE),
    (5, 3, 'pbh-ty-le', 'Tỷ lệ khách hàng đã liên hệ trên chỉ tiêu (%)', 'NUMBER', 1, FALSE, FALSE),
    (6, 0, 'pbh-qua-tang', 'Quà tặng phát đúng đối tượng, có ký nhận của khách hàng', 'YES_NO_NA', 2, TRUE, TRUE),
    (6, 1, 'pbh-bien-ban', 'Biên bản bàn giao quà tặng', 'EVIDENCE', 1, FALSE, FALSE),
    (6, 2, 'pbh-nhan-xet', 'Nhận xét chung', 'TEXT', 1, FALSE, FALSE),
    (7, 0, 'tt-dung-sla', 'Yêu cầu được tiếp nhận trong thời hạn SLA', 'YES_NO_NA', 3, FALSE, TRUE),
    (7, 1, 'tt-dau-moi', 'Có đầu mối trực tiếp nhận yêu cầu từ phòng bán hàng', 'YES_NO_NA', 1, FALSE, FALSE),
    (8, 0, 'tt-dung-hen', 'Sự cố được khắc phục đúng hẹn với khách hàng', 'YES_NO_NA', 3, TRUE, TRUE),
    (8, 1, 'tt-ket-qua', 'Kết quả xử lý ghi rõ, có xác nhận của khách hàng', 'SCORE_0_5', 2, FALSE, TRUE),
    (8, 2, 'tt-qua-han', 'Số yêu cầu quá hạn trong kỳ', 'NUMBER', 1, FALSE, FALSE),
    (9, 0, 'tt-phan-hoi', 'Phản hồi đơn vị yêu cầu khi hoàn thành', 'SCORE_0_5', 2, FALSE, FALSE),
    (9, 1, 'tt-ghi-chu', 'Ghi chú', 'TEXT', 1, FALSE, FALSE);
