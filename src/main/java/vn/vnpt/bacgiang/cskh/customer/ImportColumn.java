package vn.vnpt.bacgiang.cskh.customer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a customer import file, by their Vietnamese headers (the file format is the same
 * in both languages). Each row is one subscription; the customer columns repeat on every row of a
 * customer with several subscriptions.
 */
public enum ImportColumn {
    CODE("Mã KH", true),
    NAME("Tên khách hàng", true),
    KIND("Loại KH", true),
    BIRTH_DATE("Ngày sinh/thành lập", false),
    PHONE("Điện thoại", false),
    EMAIL("Email", false),
    DISTRICT("Huyện/TP", true),
    COMMUNE("Xã/phường", false),
    ADDRESS("Địa chỉ", false),
    UNIT("Mã đơn vị quản lý", true),
    CUSTOMER_SINCE("Khách hàng từ", true),
    VIP_TIER("Hạng VIP", false),
    SERVICE("Dịch vụ", true),
    NUMBER("Số thuê bao/tài khoản", true),
    PACKAGE("Gói cước", true),
    START_DATE("Ngày bắt đầu", true),
    STATUS("Trạng thái", true),
    CONTRACT_END("Ngày hết hạn HĐ", false),
    OVERDUE("Nợ cước", false),
    CHARGES("Cước 12 tháng", false);

    private static final Map<String, ImportColumn> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toMap(column -> key(column.header), Function.identity()));

    private final String header;
    private final boolean required;

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean isRequired() {
        return required;
    }

    static List<ImportColumn> required() {
        return Arrays.stream(values()).filter(ImportColumn::isRequired).toList();
    }

    /** The column a header names, ignoring case, tones and spaces. */
    static Optional<ImportColumn> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(key(header)));
    }

    private static String key(String header) {
        return TextFolding.fold(header).replace(" ", "");
    }
}
