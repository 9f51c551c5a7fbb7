package vn.vnpt.bacgiang.cskh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.execution.DayContacts;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverSla;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspection;

/**
 * Everything a campaign's evaluation report is filled from, read at {@code cutOff}: an issued copy stores it
 * (as JSON) beside its PDF, so what the copy says can be traced to the figures of that moment. The orientation,
 * scripts, budgets and the units' appendix came later: a copy stored before them reads them as null.
 */
record EvaluationFigures(String campaignName, @Nullable String objective, @Nullable String segmentName,
                         @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd, List<UnitProgress> units,
                         UnitProgress total, List<DayContacts> trend, List<ReceiverSla> handoffs,
                         List<CampaignInspection> inspections, @Nullable String conclusions,
                         @Nullable String proposals, Instant cutOff, @Nullable String orientation,
                         @Nullable List<ScriptUsed> scripts, @Nullable List<UnitBudget> budgets,
                         @Nullable List<UnitAppendix> appendix) {

    /** The unit's budget, or none (a copy issued before budgets were kept with the figures). */
    @Nullable UnitBudget budgetOf(long unitId) {
        return budgets == null ? null : budgets.stream().filter(budget -> budget.unitId() == unitId).findFirst()
                .orElse(null);
    }

    /** The unit's appendix, or none (a copy issued before the appendix). */
    @Nullable UnitAppendix appendixOf(long unitId) {
        return appendix == null ? null : appendix.stream().filter(unit -> unit.unitId() == unitId).findFirst()
                .orElse(null);
    }
}
