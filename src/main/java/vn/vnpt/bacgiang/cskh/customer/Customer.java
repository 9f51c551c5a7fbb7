package vn.vnpt.bacgiang.cskh.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;

/** A customer (khách hàng) with the indicators derived from their subscriptions and complaints. */
@Entity
@Table(name = "customer")
public class Customer extends AuditedEntity {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Z0-9-]*", message = "{customer.code.pattern}")
    private String code = "";

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    private @Nullable CustomerKind kind;

    @PastOrPresent
    private @Nullable LocalDate birthDate;
    private @Nullable Short birthMd;

    @Size(max = 32)
    @Pattern(regexp = "[0-9 +().-]*", message = "{portal.phone.pattern}")
    private @Nullable String phone;

    @Email
    @Size(max = 160)
    private @Nullable String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    private @Nullable District district;

    @Size(max = 100)
    private @Nullable String commune;

    @Size(max = 300)
    private @Nullable String address;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private @Nullable Unit unit;

    @Column(name = "unit_path", nullable = false)
    private String unitPath = "";

    @NotNull
    @PastOrPresent
    private @Nullable LocalDate customerSince;

    @Enumerated(EnumType.STRING)
    private VipTier vipTier = VipTier.NONE;

    private int services;
    private int suspendedServices;
    private long arpu;
    private long arpuPrevious;
    @Enumerated(EnumType.ORDINAL)
    private ArpuTrend arpuTrend = ArpuTrend.STABLE;
    private long overdueAmount;
    @Column(name = "complaints_12m")
    private int complaints12m;
    private @Nullable LocalDate lastComplaintOn;
    private @Nullable LocalDate lastInstallOn;
    private @Nullable LocalDate contractEndOn;
    @Enumerated(EnumType.ORDINAL)
    private ChurnRisk churnRisk = ChurnRisk.LOW;
    private int churnReasons;
    private LocalDate indicatorsOn = LocalDate.EPOCH;

    public void applyIndicators(CustomerIndicators.Indicators indicators) {
        services = indicators.services();
        suspendedServices = indicators.suspendedServices();
        arpu = indicators.arpu();
        arpuPrevious = indicators.arpuPrevious();
        arpuTrend = indicators.trend();
        overdueAmount = indicators.overdueAmount();
        complaints12m = indicators.complaints12m();
        lastComplaintOn = indicators.lastComplaintOn();
        lastInstallOn = indicators.lastInstallOn();
        contractEndOn = indicators.contractEndOn();
        churnRisk = indicators.churnRisk();
        churnReasons = ChurnReason.mask(indicators.churnReasons());
        indicatorsOn = indicators.asOf();
    }

    /** Whole years since the customer joined, on the given day. */
    public int tenureYears(LocalDate today) {
        return customerSince == null ? 0 : Period.between(customerSince, today).getYears();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable CustomerKind getKind() {
        return kind;
    }

    public void setKind(@Nullable CustomerKind kind) {
        this.kind = kind;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable LocalDate birthDate) {
        this.birthDate = birthDate;
        this.birthMd = birthDate == null ? null : (short) (birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth());
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable District getDistrict() {
        return district;
    }

    public void setDistrict(@Nullable District district) {
        this.district = district;
    }

    public @Nullable String getCommune() {
        return commune;
    }

    public void setCommune(@Nullable String commune) {
        this.commune = commune;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable Unit getUnit() {
        return unit;
    }

    /** The managing unit; the customer is in the scope of whoever sees that unit. */
    public void setUnit(Unit unit) {
        this.unit = unit;
        this.unitPath = Objects.requireNonNull(unit.getPath());
    }

    public String getUnitPath() {
        return unitPath;
    }

    public @Nullable LocalDate getCustomerSince() {
        return customerSince;
    }

    public void setCustomerSince(@Nullable LocalDate customerSince) {
        this.customerSince = customerSince;
    }

    public VipTier getVipTier() {
        return vipTier;
    }

    public void setVipTier(VipTier vipTier) {
        this.vipTier = vipTier;
    }

    public Set<Service> getActiveServices() {
        return Service.fromMask(services);
    }

    public Set<Service> getSuspendedServices() {
        return Service.fromMask(suspendedServices);
    }

    public long getArpu() {
        return arpu;
    }

    public long getArpuPrevious() {
        return arpuPrevious;
    }

    public ArpuTrend getArpuTrend() {
        return arpuTrend;
    }

    public long getOverdueAmount() {
        return overdueAmount;
    }

    public int getComplaints12m() {
        return complaints12m;
    }

    public @Nullable LocalDate getLastComplaintOn() {
        return lastComplaintOn;
    }

    public @Nullable LocalDate getLastInstallOn() {
        return lastInstallOn;
    }

    public @Nullable LocalDate getContractEndOn() {
        return contractEndOn;
    }

    public ChurnRisk getChurnRisk() {
        return churnRisk;
    }

    public Set<ChurnReason> getChurnReasons() {
        return ChurnReason.fromMask(churnReasons);
    }

    public LocalDate getIndicatorsOn() {
        return indicatorsOn;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("kind", String.valueOf(kind));
        state.put("birthDate", String.valueOf(birthDate));
        state.put("phone", phone == null ? "" : phone);
        state.put("email", email == null ? "" : email);
        state.put("district", String.valueOf(district));
        state.put("commune", commune == null ? "" : commune);
        state.put("address", address == null ? "" : address);
        state.put("unit", unit == null ? "" : unit.getCode());
        state.put("customerSince", String.valueOf(customerSince));
        state.put("vipTier", vipTier.name());
        return state;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
