package vn.vnpt.bacgiang.cskh.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.audit.AuditEntry;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.Auditable;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;

class AuditViewTest extends KaribuTest {

    @Autowired
    private AuditTrail auditTrail;
    @Autowired
    private TransactionTemplate transaction;

    private final String recordType = "TestRecord-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theAdministratorSeesTheLatestChanges() {
        login("admin");
        write(() -> auditTrail.created(store("Cửa hàng Đồi Ngô", "0204 3882 123"), "Tạo cửa hàng Đồi Ngô"));

        navigate("audit");

        _get(AuditView.class);
        AuditEntry ours = GridKt._fetch(grid(), 0, 50).stream()
                .filter(entry -> entry.getEntityType().equals(recordType)).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid(), ours))
                .contains("admin", "Trung tâm Kinh doanh VNPT-Bắc Giang", "Tạo mới", recordType, "110",
                        "Tạo cửa hàng Đồi Ngô");
    }

    @Test
    void filteringByRecordTypeAndActorNarrowsTheRows() throws Exception {
        login("admin");
        write(() -> auditTrail.created(store("Cửa hàng Đồi Ngô", "0204 3882 123"), "Tạo bởi quản trị"));
        as("kehoach", () -> write(() -> auditTrail.created(store("Cửa hàng Lục Nam", "0204 3884 456"),
                "Tạo bởi kế hoạch")));
        navigate("audit");

        _get(ComboBox.class, spec -> spec.withLabel("Loại bản ghi")).setValue(recordType);
        assertThat(summaries()).containsExactly("Tạo bởi kế hoạch", "Tạo bởi quản trị");

        _get(TextField.class, spec -> spec.withLabel("Người thực hiện")).setValue("kehoach");
        assertThat(summaries()).containsExactly("Tạo bởi kế hoạch");
    }

    @Test
    void selectingARowShowsEachFieldBeforeAndAfterWithTheChangedOnesHighlighted() {
        login("admin");
        write(() -> auditTrail.updated(store("Cửa hàng Đồi Ngô mới", "0204 3882 123"),
                Map.of("name", "Cửa hàng Đồi Ngô", "phone", "0204 3882 123"), "Đổi tên cửa hàng"));
        navigate("audit");
        _get(ComboBox.class, spec -> spec.withLabel("Loại bản ghi")).setValue(recordType);

        GridKt._selectRow(grid(), 0);

        _get(Dialog.class);
        List<NativeTableRow> changed = _find(NativeTableRow.class, spec -> spec.withClasses("changed"));
        assertThat(changed).hasSize(1);
        assertThat(cells(changed.getFirst())).containsExactly("name", "Cửa hàng Đồi Ngô", "Cửa hàng Đồi Ngô mới");
        assertThat(_find(NativeTableRow.class, spec -> spec.withoutClasses("changed")))
                .extracting(AuditViewTest::cells)
                .contains(List.of("phone", "0204 3882 123", "0204 3882 123"));
    }

    @Test
    void aUserWhoIsNotAnAdministratorCannotOpenTheTrail() {
        login("giamdoc");

        navigate("audit");

        _assertNone(AuditView.class);
        _get(ForbiddenView.class);
        _get(H1.class, spec -> spec.withText("Không có quyền truy cập"));
    }

    @Test
    void theAdministratorsMenuListsTheTrail() {
        login("admin");

        assertThat(menuLabels()).contains("Nhật ký thay đổi");
    }

    @Test
    void otherRolesMenusDoNotListTheTrail() {
        login("giamdoc");

        assertThat(menuLabels()).contains("Trang chủ").doesNotContain("Nhật ký thay đổi");
    }

    private Void write(Runnable change) {
        transaction.executeWithoutResult(status -> change.run());
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class);
    }

    private static List<String> summaries() {
        return GridKt._fetch(grid(), 0, 50).stream().map(AuditEntry::getSummary).toList();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getDataCells().stream().map(NativeTableCell::getText).toList();
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private TestStore store(String name, String phone) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("phone", phone);
        return new TestStore(recordType, "110", state);
    }

    /** A store-like record of no real feature, its own type per test so tests never see each other's entries. */
    record TestStore(String auditType, String auditId, Map<String, Object> auditState) implements Auditable {
    }
}
