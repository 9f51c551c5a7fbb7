package vn.vnpt.bacgiang.cskh.campaign;

/** Where a script version is: being written, the approved one step 6 uses, or replaced by a later approval. */
public enum ScriptState {
    DRAFT, APPROVED, SUPERSEDED;

    public String labelKey() {
        return "campaign.script.state." + name();
    }
}
