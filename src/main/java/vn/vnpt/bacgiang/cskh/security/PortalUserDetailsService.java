package vn.vnpt.bacgiang.cskh.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountLookup accounts;
    private final LoginThrottle throttle;

    PortalUserDetailsService(AccountLookup accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim())
                .map(account -> new PortalUser(account, throttle.isLocked(account.username())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
