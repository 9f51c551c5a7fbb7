package vn.vnpt.bacgiang.cskh.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Role;

/** The organisation and staff roster of the user's scope: every unit, who leads it, how many people work there. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RosterService {

    private final UnitRepository units;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    RosterService(UnitRepository units, UserAccountRepository accounts, CurrentUser currentUser) {
        this.units = units;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /**
     * The home page's counts of the scope, as {@link #roster}'s lines add up: counted in MariaDB, where the roster reads
     * every account with its roles (the Director's home spent a quarter of its time there).
     */
    public ScopeReach reach() {
        String scope = currentUser.scope().pathPattern();
        return new ScopeReach(units.countByPathLike(scope), units.countDistrictsInScope(scope),
                accounts.countEnabledInScope(scope));
    }

    public List<RosterLine> roster() {
        String scope = currentUser.scope().pathPattern();
        List<Unit> inScope = UnitOrder.treeOrder(units.findInScope(scope));
        Map<Long, List<UserAccount>> staffByUnit = accounts.findAllInScope(scope).stream()
                .filter(UserAccount::isEnabled)
                .collect(Collectors.groupingBy(account -> Objects.requireNonNull(account.getUnit()).getId()));
        int topDepth = inScope.stream().mapToInt(RosterService::depthOf).min().orElse(0);
        List<RosterLine> lines = new ArrayList<>();
        for (Unit unit : inScope) {
            List<UserAccount> staff = staffByUnit.getOrDefault(unit.getId(), List.of());
            List<String> managers = staff.stream()
                    .filter(account -> account.getRoles().contains(Role.DIRECTOR)
                            || account.getRoles().contains(Role.SALES_MANAGER))
                    .map(UserAccount::getFullName)
                    .sorted(Comparator.naturalOrder())
                    .toList();
            lines.add(new RosterLine(unit.getCode(), unit.getName(), Objects.requireNonNull(unit.getKind()),
                    unit.getDistrict(), depthOf(unit) - topDepth, managers, staff.size()));
        }
        return lines;
    }

    private static int depthOf(Unit unit) {
        return (int) unit.getPath().chars().filter(c -> c == '/').count() - 2;
    }
}
