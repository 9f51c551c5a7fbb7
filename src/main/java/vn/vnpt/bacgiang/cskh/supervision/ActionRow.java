package vn.vnpt.bacgiang.cskh.supervision;

/**
 * A corrective action in the list, with the finding it answers, whether it is overdue today and what
 * the signed-in user may do on it now.
 */
public record ActionRow(CorrectiveAction action, Finding finding, boolean overdue, boolean mayReportDone,
                        boolean mayCheck) {

    public String findingText() {
        return finding.getItemText();
    }

    public long inspectionId() {
        return finding.getInspectionId();
    }

    public boolean knockOut() {
        return finding.isKnockOut();
    }
}
