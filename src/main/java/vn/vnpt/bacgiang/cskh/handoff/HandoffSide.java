package vn.vnpt.bacgiang.cskh.handoff;

/** Which side of a hand-off makes a move: the unit that raised it, or the unit that works it. */
public enum HandoffSide {
    REQUESTER, RECEIVER
}
