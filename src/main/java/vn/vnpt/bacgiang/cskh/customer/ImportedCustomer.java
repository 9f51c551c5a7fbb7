package vn.vnpt.bacgiang.cskh.customer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;

/** The customer columns of an import row, checked. */
public record ImportedCustomer(String code, String name, CustomerKind kind, @Nullable LocalDate birthDate,
                               @Nullable String phone, @Nullable String email, District district,
                               @Nullable String commune, @Nullable String address, Unit unit,
                               LocalDate customerSince, VipTier vipTier) {

    /** The first column where another row of the same customer says something else. */
    Optional<ImportColumn> differingColumn(ImportedCustomer other) {
        if (!name.equals(other.name)) {
            return Optional.of(ImportColumn.NAME);
        } else if (kind != other.kind) {
            return Optional.of(ImportColumn.KIND);
        } else if (!Objects.equals(birthDate, other.birthDate)) {
            return Optional.of(ImportColumn.BIRTH_DATE);
        } else if (!Objects.equals(phone, other.phone)) {
            return Optional.of(ImportColumn.PHONE);
        } else if (!Objects.equals(email, other.email)) {
            return Optional.of(ImportColumn.EMAIL);
        } else if (district != other.district) {
            return Optional.of(ImportColumn.DISTRICT);
        } else if (!Objects.equals(commune, other.commune)) {
            return Optional.of(ImportColumn.COMMUNE);
        } else if (!Objects.equals(address, other.address)) {
            return Optional.of(ImportColumn.ADDRESS);
        } else if (!unit.getCode().equals(other.unit.getCode())) {
            return Optional.of(ImportColumn.UNIT);
        } else if (!customerSince.equals(other.customerSince)) {
            return Optional.of(ImportColumn.CUSTOMER_SINCE);
        } else if (vipTier != other.vipTier) {
            return Optional.of(ImportColumn.VIP_TIER);
        }
        return Optional.empty();
    }
}
