package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A care script (kịch bản) of a campaign for one channel; its text lives in its versions. */
@Entity
@Table(name = "care_script")
public class CareScript {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long campaignId;
    private String title = "";

    @Enumerated(EnumType.STRING)
    private CareChannel channel = CareChannel.CALL;

    @Version
    private long version;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    protected CareScript() {
    }

    CareScript(long campaignId, String title, CareChannel channel) {
        this.campaignId = campaignId;
        this.title = title;
        this.channel = channel;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    void rename(String title, CareChannel channel) {
        this.title = title;
        this.channel = channel;
    }

    public @Nullable Long getId() {
        return id;
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

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CareScript script && id != null && id.equals(script.id);
    }

    @Override
    public int hashCode() {
        return CareScript.class.hashCode();
    }

    @Override
    public String toString() {
        return title;
    }
}
