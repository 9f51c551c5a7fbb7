package vn.vnpt.bacgiang.cskh.supervision;

/** A corrective action in the list, with the finding it answers and whether it is overdue today. */
public record ActionRow(CorrectiveAction action, String findingText, long inspectionId, boolean knockOut,
                        boolean overdue) {
}
