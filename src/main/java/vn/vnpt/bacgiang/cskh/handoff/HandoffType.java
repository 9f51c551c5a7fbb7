package vn.vnpt.bacgiang.cskh.handoff;

import vn.vnpt.bacgiang.cskh.org.UnitKind;

/** What the receiver is asked to do, and so which kind of unit receives it. */
public enum HandoffType {
    INSTALLATION(UnitKind.TELECOM_CENTER),
    REPAIR(UnitKind.TELECOM_CENTER),
    RELOCATION(UnitKind.TELECOM_CENTER),
    CHARGE_DATA(UnitKind.OPERATIONS),
    COMPLAINT(UnitKind.OPERATIONS),
    ENTERPRISE(UnitKind.ENTERPRISE_SALES);

    private final UnitKind receiverKind;

    HandoffType(UnitKind receiverKind) {
        this.receiverKind = receiverKind;
    }

    public UnitKind receiverKind() {
        return receiverKind;
    }

    /** Technical work goes to the TTVT of the customer's district by default. */
    public boolean isTechnical() {
        return receiverKind == UnitKind.TELECOM_CENTER;
    }

    public String labelKey() {
        return "handoff.type." + name();
    }
}
