package vn.vnpt.bacgiang.cskh.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every template of {@code reports/*.jrxml}, compiled when the portal starts: compiling takes far
 * longer than filling, and a broken template should stop the start, not a user's download.
 */
@Component
class ReportTemplates {

    private final Map<String, JasperReport> compiled = new HashMap<>();

    ReportTemplates() throws IOException, JRException {
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:reports/*.jrxml")) {
            String name = Objects.requireNonNull(template.getFilename()).replaceFirst("\\.jrxml$", "");
            try (InputStream jrxml = template.getInputStream()) {
                compiled.put(name, JasperCompileManager.compileReport(jrxml));
            }
        }
    }

    /** Fills the template and exports it; the parameter map is copied because filling adds its own entries. */
    byte[] renderPdf(String name, Map<String, ?> parameters, JRDataSource rows) {
        try {
            return JasperExportManager.exportReportToPdf(
                    JasperFillManager.fillReport(get(name), new HashMap<>(parameters), rows));
        } catch (JRException e) {
            throw new IllegalStateException("Could not render report " + name, e);
        }
    }

    /** A compiled template, for a report that passes it to its master as a subreport. */
    JasperReport get(String name) {
        JasperReport report = compiled.get(name);
        if (report == null) {
            throw new IllegalArgumentException("No report template reports/" + name + ".jrxml");
        }
        return report;
    }
}
