package vn.vnpt.bacgiang.cskh.handoff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.VipTier;

/** The customer's key facts in the context packet, kept as data so each reader sees them in their language. */
public record CustomerFacts(@Nullable CustomerKind kind, VipTier vipTier, @Nullable LocalDate customerSince,
                            long arpu, long overdueAmount, ChurnRisk churnRisk, int complaints12m) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static @Nullable CustomerFacts fromJson(@Nullable String json) {
        return json == null || json.isBlank() ? null : JSON.readValue(json, CustomerFacts.class);
    }
}
