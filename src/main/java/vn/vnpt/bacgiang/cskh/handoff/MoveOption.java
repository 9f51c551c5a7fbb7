package vn.vnpt.bacgiang.cskh.handoff;

import org.jspecify.annotations.Nullable;

/** A move leaving the hand-off's current state, and why the user may not make it (null when they may). */
public record MoveOption(HandoffMove move, @Nullable String refusalKey) {

    public boolean allowed() {
        return refusalKey == null;
    }
}
