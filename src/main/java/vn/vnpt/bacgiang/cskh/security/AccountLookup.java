package vn.vnpt.bacgiang.cskh.security;

import java.util.Optional;

/** Finds user accounts for sign-in. The organisation owns the accounts and implements this. */
public interface AccountLookup {
    Optional<Account> findByUsername(String username);
}
