package vn.vnpt.bacgiang.cskh.org;

import java.util.Locale;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/** What a password must be: long enough, letters and digits, and not the user name inside it. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    static void check(String username, String password, String field) {
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        if (password.length() < MIN_LENGTH || !letters || !digits) {
            throw new RuleViolation("org.user.password.weak", field, MIN_LENGTH);
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("org.password.username", field);
        }
    }
}
