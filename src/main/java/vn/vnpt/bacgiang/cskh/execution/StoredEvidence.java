package vn.vnpt.bacgiang.cskh.execution;

/** A contact's evidence as stored, for its download link. */
public record StoredEvidence(String fileName, String contentType, byte[] content) {
}
