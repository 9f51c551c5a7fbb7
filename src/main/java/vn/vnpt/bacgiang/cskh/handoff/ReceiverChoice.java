package vn.vnpt.bacgiang.cskh.handoff;

/** A unit the requester may send a hand-off to. */
public record ReceiverChoice(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
