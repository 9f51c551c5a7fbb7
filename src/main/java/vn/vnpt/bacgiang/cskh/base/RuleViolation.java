package vn.vnpt.bacgiang.cskh.base;

import org.jspecify.annotations.Nullable;

/**
 * A business rule refused a change. Carries a message key (translated by the UI in the user's
 * language) and, where the rule is about one field, that field's property name.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final @Nullable String field;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, @Nullable String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
