package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShareSplitTest {

    private static final ShareSplit.ExecutingUnit LUC_NAM =
            new ShareSplit.ExecutingUnit(11, "Phòng bán hàng khu vực Lục Nam", "/1/2/11/", false);
    private static final ShareSplit.ExecutingUnit SON_DONG =
            new ShareSplit.ExecutingUnit(13, "Phòng bán hàng khu vực Sơn Động", "/1/2/13/", false);
    private static final ShareSplit.ExecutingUnit PBH_DN =
            new ShareSplit.ExecutingUnit(5, "Phòng bán hàng Doanh nghiệp", "/1/2/5/", true);

    @Test
    void storesRollUpToTheirDistrictDepartmentAndEnterprisesAndTheCentreToPbhDn() {
        var shares = ShareSplit.rollUp(List.of(
                new ShareSplit.ManagedCount("/1/2/11/110/", 7),
                new ShareSplit.ManagedCount("/1/2/11/111/", 3),
                new ShareSplit.ManagedCount("/1/2/11/", 2),
                new ShareSplit.ManagedCount("/1/2/13/130/", 4),
                new ShareSplit.ManagedCount("/1/2/5/", 6),
                new ShareSplit.ManagedCount("/1/2/", 1),
                new ShareSplit.ManagedCount(null, 1)), List.of(PBH_DN, LUC_NAM, SON_DONG));

        assertThat(shares).containsEntry(LUC_NAM, 12L).containsEntry(SON_DONG, 4L).containsEntry(PBH_DN, 8L)
                .hasSize(3);
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(24);
    }

    @Test
    void aPathPrefixMatchesOnlyWholeSegments() {
        var shares = ShareSplit.rollUp(List.of(new ShareSplit.ManagedCount("/1/2/110/", 5)),
                List.of(PBH_DN, LUC_NAM));

        assertThat(shares).containsOnlyKeys(PBH_DN);
    }
}
