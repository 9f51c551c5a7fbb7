package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.vnpt.bacgiang.cskh.base.VersionedEntity;

/** A care script (kịch bản) of a campaign for one channel; its text lives in its versions. */
@Entity
@Table(name = "care_script")
public class CareScript extends VersionedEntity {

    private long campaignId;
    private String title = "";

    @Enumerated(EnumType.STRING)
    private CareChannel channel = CareChannel.CALL;

    protected CareScript() {
    }

    CareScript(long campaignId, String title, CareChannel channel) {
        this.campaignId = campaignId;
        this.title = title;
        this.channel = channel;
    }

    void rename(String title, CareChannel channel) {
        this.title = title;
        this.channel = channel;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getTitle() {
        return title;
    }

    public CareChannel getChannel() {
        return channel;
    }

    @Override
    public String toString() {
        return title;
    }
}
