package vn.vnpt.bacgiang.cskh.execution;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/**
 * A customer's care task in a campaign with its contacts, newest first, as the customer page and the
 * hand-off form read it: completed and closed tasks too, since a hand-off often follows the contact
 * that completed the task.
 */
public record CustomerTask(long taskId, long customerId, long campaignId, String campaignName,
                           CampaignState campaignState, TaskState state, @Nullable String assigneeName,
                           List<TaskContact> contacts) {

    /** The contact with the id, if it was logged on this task. */
    public java.util.Optional<TaskContact> contact(long contactId) {
        return contacts.stream().filter(contact -> contact.contactId() == contactId).findFirst();
    }
}
