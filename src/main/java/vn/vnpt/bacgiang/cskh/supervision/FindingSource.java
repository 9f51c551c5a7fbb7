package vn.vnpt.bacgiang.cskh.supervision;

/** What a finding came from: a failed checklist item, or (later) an unconfirmed callback sample. */
public enum FindingSource {
    ITEM, CALLBACK
}
