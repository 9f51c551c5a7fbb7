package vn.vnpt.bacgiang.cskh.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refused read whose reason the user should be told rather than "outside your unit's scope", e.g.
 * a campaign their unit takes part in but at a step their role does not open. Carries a message key
 * and the message keys of its arguments, all translated by the UI in the user's language.
 */
public class ReasonedRefusal extends AccessDeniedException {

    private final String messageKey;
    private final String[] argumentKeys;

    public ReasonedRefusal(String messageKey, String... argumentKeys) {
        super(messageKey);
        this.messageKey = messageKey;
        this.argumentKeys = argumentKeys.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String[] argumentKeys() {
        return argumentKeys.clone();
    }
}
