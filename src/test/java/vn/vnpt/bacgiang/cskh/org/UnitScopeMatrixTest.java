package vn.vnpt.bacgiang.cskh.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.DemoRows;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * For every role, a user of Lục Nam can neither read nor change Lục Ngạn's records by calling the
 * services directly, while roles that see the whole province can read them.
 * The demo accounts a check changes are put back after each test.
 */
class UnitScopeMatrixTest extends PortalTest {

    private static final long LUC_NGAN_SALES = 12;
    private static final long LUC_NGAN_STORE = 120;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private UnitService units;
    @Autowired
    private StaffService staff;
    @Autowired
    private UserAccountRepository accounts;

    private DemoRows demoRows;

    @BeforeEach
    void rememberTheDemoRows() {
        demoRows = DemoRows.remember(jdbc, "user_account", "TRUE");
    }

    @AfterEach
    void putTheDemoRowsBack() {
        demoRows.restore();
    }

    @ParameterizedTest(name = "{0} of Lục Nam cannot read Lục Ngạn''s units or staff")
    @ValueSource(strings = {"lucnam.truongphong", "lucnam.cskh1", "ttvt.lucnam"})
    void aDistrictUserCannotReadAnotherDistrictsRecords(String username) throws Exception {
        long lucNganStaffId = idOf("lucngan.cskh1");
        as(username, () -> {
            assertThatThrownBy(() -> units.get(LUC_NGAN_SALES)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> units.get(LUC_NGAN_STORE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.get(lucNganStaffId)).isInstanceOf(AccessDeniedException.class);
            assertThat(units.findInScope()).extracting(Unit::getName).noneMatch(name -> name.contains("Lục Ngạn"));
            assertThat(staff.find(StaffFilter.all(), 0, 200)).extracting(account -> account.getUnit().getName())
                    .noneMatch(name -> name.contains("Lục Ngạn") || name.contains("Chũ"));
            return null;
        });
    }

    @ParameterizedTest(name = "{0} of Lục Nam cannot change Lục Ngạn''s staff")
    @ValueSource(strings = {"lucnam.truongphong", "lucnam.cskh1", "ttvt.lucnam", "kehoach", "giamdoc", "giamsat"})
    void onlyAdminsAndTheUnitsOwnManagerChangeAccounts(String username) throws Exception {
        UserAccount lucNganStaff = as("admin", () -> staff.get(idOf("lucngan.cskh1")));
        String phoneBefore = lucNganStaff.getPhone();
        lucNganStaff.setPhone("0912 000 111");
        as(username, () -> {
            assertThatThrownBy(() -> staff.save(lucNganStaff, null)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(accounts.findById(Objects.requireNonNull(lucNganStaff.getId())).orElseThrow().getPhone())
                .isEqualTo(phoneBefore).isNotEqualTo("0912 000 111");
    }

    @ParameterizedTest(name = "{0} sees {1} units: {2}")
    @CsvSource({
            "admin,              ALL",
            "giamdoc,            ALL",
            "kehoach,            ALL",
            "giamsat,            ALL",
            "lucnam.truongphong, UNIT_AND_BELOW",
            "lucnam.cskh1,       OWN_UNIT",
            "ttvt.lucnam,        OWN_UNIT"})
    void eachRoleSeesTheUnitsOfItsScope(String username, String level) throws Exception {
        List<String> visible = as(username, () -> units.findInScope().stream().map(Unit::getCode).toList());
        switch (level) {
            case "ALL" -> assertThat(visible).contains("VTBG", "PBH-LNG", "TTVT-SDG", "CHGD-LNM-1").hasSizeGreaterThan(40);
            case "UNIT_AND_BELOW" -> assertThat(visible).containsExactly("PBH-LNM", "CHGD-LNM-1", "CHGD-LNM-2");
            default -> assertThat(visible).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0} reads every district''s staff")
    @ValueSource(strings = {"admin", "giamdoc", "kehoach", "giamsat"})
    void provinceWideRolesReadEveryDistrict(String username) throws Exception {
        long lucNganStaffId = idOf("lucngan.cskh1");
        UserAccount read = as(username, () -> staff.get(lucNganStaffId));
        assertThat(read.getFullName()).isEqualTo("Giáp Văn Hưng");
    }

    @Test
    void aSalesManagerMaintainsTheCareStaffOfTheirOwnStoresButCannotMakeAManager() throws Exception {
        UserAccount colleague = as("lucnam.truongphong", () -> staff.get(idOf("lucnam.cskh2")));
        colleague.setPhone("0987 654 321");
        as("lucnam.truongphong", () -> staff.save(colleague, null));
        assertThat(accounts.findById(idOf("lucnam.cskh2")).orElseThrow().getPhone()).isEqualTo("0987 654 321");

        UserAccount promoted = as("lucnam.truongphong", () -> staff.get(idOf("lucnam.cskh2")));
        promoted.setRoles(EnumSet.of(Role.SALES_MANAGER));
        as("lucnam.truongphong", () -> {
            assertThatThrownBy(() -> staff.save(promoted, null)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    private long idOf(String username) {
        return Objects.requireNonNull(accounts.findByUsername(username).orElseThrow().getId());
    }
}
