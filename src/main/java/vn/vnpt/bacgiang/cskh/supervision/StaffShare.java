package vn.vnpt.bacgiang.cskh.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's contacts in a callback sample: how many were sampled, how many customers answered
 * the callback (confirmed or not) and how many did not confirm; {@code share} is unconfirmed over
 * answered (null while none answered), {@code flagged} when it is above {@link #FLAG_ABOVE}.
 */
public record StaffShare(long staffId, String staffName, int sampled, int answered, int unconfirmed,
                         @Nullable Double share, boolean flagged) {

    /** Above this share of unconfirmed callbacks a staff member is a finding candidate. */
    public static final double FLAG_ABOVE = 0.20;

    /** The share of each staff member whose contacts are in the sample, by name. */
    static List<StaffShare> of(List<SampledContact> contacts) {
        Map<Long, List<SampledContact>> byStaff = new LinkedHashMap<>();
        contacts.stream().sorted(Comparator.comparing(SampledContact::getStaffName))
                .forEach(contact -> byStaff.computeIfAbsent(contact.getStaffId(), id -> new ArrayList<>()).add(contact));
        return byStaff.entrySet().stream().map(staff -> {
            List<SampledContact> own = staff.getValue();
            int unconfirmed = (int) own.stream().filter(c -> c.getResult() == CallbackResult.NOT_CONFIRMED).count();
            int answered = unconfirmed + (int) own.stream().filter(c -> c.getResult() == CallbackResult.CONFIRMED)
                    .count();
            Double share = answered == 0 ? null : unconfirmed / (double) answered;
            return new StaffShare(staff.getKey(), own.getFirst().getStaffName(), own.size(), answered, unconfirmed,
                    share, share != null && share > FLAG_ABOVE);
        }).toList();
    }
}
