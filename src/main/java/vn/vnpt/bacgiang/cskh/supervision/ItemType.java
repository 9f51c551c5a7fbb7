package vn.vnpt.bacgiang.cskh.supervision;

/**
 * How a checklist item is answered. Yes/no/NA and 0–5 scores count towards the score and can fail;
 * numbers, texts and photos or files are recorded facts that neither score nor fail (decision 0019).
 */
public enum ItemType {
    YES_NO_NA, SCORE_0_5, NUMBER, TEXT, EVIDENCE;

    public boolean scored() {
        return this == YES_NO_NA || this == SCORE_0_5;
    }

    public String labelKey() {
        return "supervision.itemType." + name();
    }
}
