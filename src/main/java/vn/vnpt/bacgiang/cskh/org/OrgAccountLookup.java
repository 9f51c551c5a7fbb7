package vn.vnpt.bacgiang.cskh.org;

import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.Account;
import vn.vnpt.bacgiang.cskh.security.AccountLookup;

@Component
class OrgAccountLookup implements AccountLookup {

    private final UserAccountRepository accounts;

    OrgAccountLookup(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username).map(account -> {
            Unit unit = Objects.requireNonNull(account.getUnit());
            return new Account(Objects.requireNonNull(account.getId()), account.getUsername(),
                    account.getPasswordHash(), account.getFullName(), Objects.requireNonNull(unit.getId()),
                    unit.getName(), unit.getPath(), account.getRoles(), account.isEnabled() && unit.isActive(),
                    account.isMustChangePassword());
        });
    }
}
