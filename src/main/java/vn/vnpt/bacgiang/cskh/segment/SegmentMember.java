package vn.vnpt.bacgiang.cskh.segment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.ArpuTrend;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;

/** One customer of a segment, as the members grid and the exports list them. */
public record SegmentMember(long id, String code, String name, CustomerKind kind, District district,
                            String unitName, @Nullable String phone, long arpu, ArpuTrend arpuTrend,
                            LocalDate customerSince, int tenureYears, VipTier vipTier, ChurnRisk churnRisk,
                            long overdueAmount, @Nullable LocalDate birthDate) {
}
