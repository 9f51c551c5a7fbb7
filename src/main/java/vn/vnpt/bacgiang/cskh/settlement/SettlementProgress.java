package vn.vnpt.bacgiang.cskh.settlement;

/**
 * How far a campaign's settlement is: executing units that submitted out of those with a share, centre
 * lines settled out of the centre's lines. Complete when both are whole: the condition closing waits on.
 */
public record SettlementProgress(int units, int unitsSubmitted, int centreLines, int centreLinesSettled) {

    public boolean complete() {
        return unitsSubmitted == units && centreLinesSettled == centreLines;
    }
}
