package vn.vnpt.bacgiang.cskh.campaign;

/** A unit that takes part in campaigns, offered by the board's unit filter. */
public record CampaignUnit(long id, String name) {
}
