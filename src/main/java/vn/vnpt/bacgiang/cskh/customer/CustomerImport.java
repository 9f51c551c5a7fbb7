package vn.vnpt.bacgiang.cskh.customer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.UnitScope;

/**
 * Imports new customers and their subscriptions from a CSV file in two passes: {@link #check}
 * finds every problem without writing, {@link #commit} writes everything in one transaction or
 * nothing. Neither holds the file's rows in memory, so files of a hundred thousand rows import in
 * batches. Customer codes that already exist are refused: an import only adds customers.
 */
@Service
@PreAuthorize(Permissions.HAS_CUSTOMER_IMPORT)
public class CustomerImport {

    private final ImportLabels labels;
    private final CustomerTables tables;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final KeptCustomerSummaries keptSummaries;

    CustomerImport(ImportLabels labels, CustomerTables tables, UnitService units, CurrentUser currentUser,
                   AuditTrail audit, Clock clock, KeptCustomerSummaries keptSummaries) {
        this.keptSummaries = keptSummaries;
        this.labels = labels;
        this.tables = tables;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the whole file and reports its size, its first rows and every problem in it. */
    public ImportPreview check(Path file, ImportProgress progress) {
        return new ImportCheck(parser(currentUser.scope()), tables).run(file, progress);
    }

    /**
     * Saves every customer of a file that {@link #check} passed, or nothing: throws {@link ImportFailed}
     * with the problem when a row is wrong after all or the database changed since the check.
     */
    @Transactional
    public ImportResult commit(Path file, String fileName, ImportProgress progress) {
        ImportResult result;
        try {
            result = new ImportWriter(parser(currentUser.scope()), tables, today()).run(file, progress);
        } catch (DuplicateKeyException e) {
            throw new ImportFailed(ImportProblem.ofFile("customer.import.problem.changed"));
        }
        keptSummaries.drop();
        audit.created(new ImportBatch(fileName, result), "Nhập " + VnFormats.number(result.customers())
                + " khách hàng từ tệp " + fileName);
        return result;
    }

    private ImportRowParser parser(UnitScope scope) {
        Map<String, Unit> unitsByCode = units.findInScope().stream()
                .collect(Collectors.toMap(Unit::getCode, Function.identity()));
        return new ImportRowParser(labels, unitsByCode, scope, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
