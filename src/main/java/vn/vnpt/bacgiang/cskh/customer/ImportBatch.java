package vn.vnpt.bacgiang.cskh.customer;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.vnpt.bacgiang.cskh.audit.Auditable;

/** One import, as the audit trail records it: a single entry however many customers it brought. */
record ImportBatch(String fileName, ImportResult result) implements Auditable {

    private static final int LONGEST_ID = 64;

    @Override
    public String auditType() {
        return "CustomerImport";
    }

    @Override
    public String auditId() {
        return fileName.length() <= LONGEST_ID ? fileName : fileName.substring(0, LONGEST_ID);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("file", fileName);
        state.put("customers", result.customers());
        state.put("subscriptions", result.subscriptions());
        return state;
    }
}
