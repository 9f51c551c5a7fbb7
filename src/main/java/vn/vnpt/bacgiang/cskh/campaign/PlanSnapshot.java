package vn.vnpt.bacgiang.cskh.campaign;

import java.util.List;
import java.util.Map;

/**
 * The plan as it was submitted for appraisal: the quota per unit name, the budget total per unit
 * name ("" for the centre) and overall, the budget lines, and the approved script version of each
 * script (script title to version id and number).
 */
public record PlanSnapshot(Map<String, Long> quotas, Map<String, Long> budgetPerUnit, long budgetTotal,
                           List<Line> lines, Map<String, ScriptVersion> scripts) {

    /** One budget line as submitted. */
    public record Line(String unit, String category, String description, long amount) {
    }

    /** The approved version of a script as submitted. */
    public record ScriptVersion(long id, int number) {
    }
}
