package vn.vnpt.bacgiang.cskh.supervision;

/** The downscaled copy of an evidence photo, read without the full upload. */
record StoredPreview(long evidenceId, byte[] preview) {
}
