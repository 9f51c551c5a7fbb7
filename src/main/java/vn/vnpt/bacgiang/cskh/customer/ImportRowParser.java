package vn.vnpt.bacgiang.cskh.customer;

import static java.util.Objects.requireNonNull;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.ADDRESS;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.BIRTH_DATE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.CHARGES;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.CODE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.COMMUNE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.CONTRACT_END;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.CUSTOMER_SINCE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.DISTRICT;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.EMAIL;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.KIND;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.NAME;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.NUMBER;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.OVERDUE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.PACKAGE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.PHONE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.SERVICE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.START_DATE;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.STATUS;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.UNIT;
import static vn.vnpt.bacgiang.cskh.customer.ImportColumn.VIP_TIER;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitKind;
import vn.vnpt.bacgiang.cskh.security.UnitScope;

/** Turns the text of a row into a customer and a subscription, or says what is wrong with each cell. */
final class ImportRowParser {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CUSTOMER_CODE = Pattern.compile("[A-Z0-9-]+");
    private static final Pattern PHONE_NUMBER = Pattern.compile("[0-9 +().-]+");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d{1,15}");
    private static final Set<UnitKind> MANAGING_UNITS =
            EnumSet.of(UnitKind.DISTRICT_SALES, UnitKind.STORE, UnitKind.ENTERPRISE_SALES);

    private final ImportLabels labels;
    private final Map<String, Unit> unitsByCode;
    private final UnitScope scope;
    private final LocalDate today;

    /** {@code unitsByCode} holds the units the importer may see; {@code scope} is theirs. */
    ImportRowParser(ImportLabels labels, Map<String, Unit> unitsByCode, UnitScope scope, LocalDate today) {
        this.labels = labels;
        this.unitsByCode = unitsByCode;
        this.scope = scope;
        this.today = today;
    }

    /** The row, or null after adding at least one problem to {@code problems}. */
    @Nullable ImportRow parse(RawRow raw, List<ImportProblem> problems) {
        if (!raw.hasHeaderWidth()) {
            problems.add(new ImportProblem(raw.line(), null, "customer.import.problem.width",
                    List.of(raw.fields(), raw.expectedFields())));
            return null;
        }
        if (hasControlCharacters(raw, problems)) {
            return null;
        }
        Cells cells = new Cells(raw);
        ImportedCustomer customer = customer(cells);
        ImportedSubscription subscription = subscription(cells);
        problems.addAll(cells.problems);
        return customer == null || subscription == null ? null : new ImportRow(raw.line(), customer, subscription);
    }

    /**
     * Every column of the import holds one line: a line break or a tab inside a cell (pasted from
     * another program) is refused with its row and column rather than stored.
     */
    private static boolean hasControlCharacters(RawRow raw, List<ImportProblem> problems) {
        boolean found = false;
        for (ImportColumn column : raw.values().keySet()) {
            if (CONTROL.matcher(raw.get(column)).find()) {
                problems.add(ImportProblem.of(raw.line(), column, "customer.import.problem.control"));
                found = true;
            }
        }
        return found;
    }

    /** The customer code as the import compares it, whether or not the rest of the row is right. */
    static String code(RawRow raw) {
        return raw.get(CODE).toUpperCase(Locale.ROOT);
    }

    /** The customer, or null when a cell is wrong. */
    private @Nullable ImportedCustomer customer(Cells cells) {
        String code = cells.text(CODE, 20, true).toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && !CUSTOMER_CODE.matcher(code).matches()) {
            cells.problem(CODE, "customer.import.problem.code", code);
        }
        String phone = cells.text(PHONE, 32, false);
        if (!phone.isEmpty() && !PHONE_NUMBER.matcher(phone).matches()) {
            cells.problem(PHONE, "customer.import.problem.phone", phone);
        }
        String email = cells.text(EMAIL, 160, false);
        if (!email.isEmpty() && !EMAIL_ADDRESS.matcher(email).matches()) {
            cells.problem(EMAIL, "customer.import.problem.email", email);
        }
        String name = cells.text(NAME, 200, true);
        CustomerKind kind = cells.label(KIND, labels.kinds);
        LocalDate birthDate = cells.pastDate(BIRTH_DATE, false);
        District district = cells.label(DISTRICT, labels.districts);
        String commune = cells.text(COMMUNE, 100, false);
        String address = cells.text(ADDRESS, 300, false);
        Unit unit = managingUnit(cells);
        LocalDate since = cells.pastDate(CUSTOMER_SINCE, true);
        VipTier vipTier = cells.isBlank(VIP_TIER) ? VipTier.NONE : cells.label(VIP_TIER, labels.vipTiers);
        if (cells.hasProblems()) {
            return null;
        }
        return new ImportedCustomer(code, name, requireNonNull(kind), birthDate, blankToNull(phone),
                blankToNull(email), requireNonNull(district), blankToNull(commune), blankToNull(address),
                requireNonNull(unit), requireNonNull(since), requireNonNull(vipTier));
    }

    /** The subscription, or null when a cell is wrong. */
    private @Nullable ImportedSubscription subscription(Cells cells) {
        Service service = cells.label(SERVICE, labels.services);
        String number = cells.text(NUMBER, 32, true);
        String packageName = cells.text(PACKAGE, 60, true);
        LocalDate start = cells.pastDate(START_DATE, true);
        SubscriptionStatus status = cells.label(STATUS, labels.statuses);
        LocalDate contractEnd = cells.date(CONTRACT_END, false);
        long overdue = cells.isBlank(OVERDUE) ? 0 : cells.amount(OVERDUE, cells.get(OVERDUE));
        MonthlyCharges charges = charges(cells);
        if (cells.hasProblems()) {
            return null;
        }
        return new ImportedSubscription(requireNonNull(service), number, packageName, requireNonNull(start),
                requireNonNull(status), contractEnd, overdue, charges);
    }

    private @Nullable Unit managingUnit(Cells cells) {
        String code = cells.text(UNIT, 32, true).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        Unit unit = unitsByCode.get(code);
        String problem = unit == null ? "customer.import.problem.unit.unknown"
                : !unit.isActive() ? "customer.import.problem.unit.inactive"
                : !MANAGING_UNITS.contains(unit.getKind()) ? "customer.import.problem.unit.notManaging"
                : !scope.covers(unit.getPath()) ? "customer.import.problem.unit.outOfScope"
                : null;
        if (problem != null) {
            cells.problem(UNIT, problem, code);
            return null;
        }
        return unit;
    }

    private MonthlyCharges charges(Cells cells) {
        if (cells.isBlank(CHARGES)) {
            return MonthlyCharges.none();
        }
        String[] months = cells.get(CHARGES).split("\\|", -1);
        if (months.length != MonthlyCharges.MONTHS) {
            cells.problem(CHARGES, "customer.import.problem.charges", months.length);
            return MonthlyCharges.none();
        }
        long[] amounts = new long[MonthlyCharges.MONTHS];
        for (int month = 0; month < amounts.length; month++) {
            amounts[month] = cells.amount(CHARGES, months[month].strip());
        }
        return new MonthlyCharges(amounts);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The cells of one row and the problems found in them so far. */
    private final class Cells {

        private final RawRow raw;
        private final List<ImportProblem> problems = new ArrayList<>();

        Cells(RawRow raw) {
            this.raw = raw;
        }

        String get(ImportColumn column) {
            return raw.get(column);
        }

        boolean hasProblems() {
            return !problems.isEmpty();
        }

        boolean isBlank(ImportColumn column) {
            return raw.get(column).isEmpty();
        }

        void problem(ImportColumn column, String reasonKey, Object... arguments) {
            problems.add(ImportProblem.of(raw.line(), column, reasonKey, arguments));
        }

        String text(ImportColumn column, int maxLength, boolean required) {
            String text = raw.get(column);
            if (required && text.isEmpty()) {
                problem(column, "customer.import.problem.required");
            } else if (text.length() > maxLength) {
                problem(column, "customer.import.problem.tooLong", maxLength);
            }
            return text;
        }

        <E extends Enum<E>> @Nullable E label(ImportColumn column, LabelLookup<E> lookup) {
            String text = raw.get(column);
            if (text.isEmpty()) {
                problem(column, "customer.import.problem.required");
                return null;
            }
            E value = lookup.find(text).orElse(null);
            if (value == null) {
                problem(column, "customer.import.problem.choice", text, lookup.choices());
            }
            return value;
        }

        @Nullable LocalDate date(ImportColumn column, boolean required) {
            String text = raw.get(column);
            if (text.isEmpty()) {
                if (required) {
                    problem(column, "customer.import.problem.required");
                }
                return null;
            }
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                problem(column, "customer.import.problem.date", text);
                return null;
            }
        }

        @Nullable LocalDate pastDate(ImportColumn column, boolean required) {
            LocalDate date = date(column, required);
            if (date != null && date.isAfter(today)) {
                problem(column, "customer.import.problem.future", VnFormats.date(date));
            }
            return date;
        }

        long amount(ImportColumn column, String text) {
            if (!AMOUNT.matcher(text).matches()) {
                problem(column, "customer.import.problem.amount", text);
                return 0;
            }
            return Long.parseLong(text.replace(".", ""));
        }
    }
}
