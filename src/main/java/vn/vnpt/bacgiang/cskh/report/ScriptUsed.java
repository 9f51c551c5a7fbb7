package vn.vnpt.bacgiang.cskh.report;

/** A care script of the campaign and the number of its approved version, the one step 6 worked with. */
record ScriptUsed(String title, int version) {
}
