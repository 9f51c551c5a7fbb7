package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The callback sample page of an inspection: the sample if one was drawn, its contacts in draw order,
 * the unconfirmed share per staff member, and whether the user may draw and record.
 */
public record SampleSheet(Inspection inspection, @Nullable CallbackSample sample, List<SampledContact> contacts,
                          List<StaffShare> staff, boolean editable) {
}
