package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.vnpt.bacgiang.cskh.customer.ImportProblem;

/** Row, column and reason of each problem, in the user's language; column names are the file's. */
class ImportProblemsGrid extends Grid<ImportProblem> {

    ImportProblemsGrid() {
        addColumn(problem -> problem.isAboutTheFile() ? getTranslation("customer.import.problem.file")
                : String.valueOf(problem.row()))
                .setHeader(getTranslation("customer.import.problem.row")).setWidth("5rem").setFlexGrow(0)
                .setFrozen(true);
        addColumn(problem -> problem.column() == null ? "" : problem.column().header())
                .setHeader(getTranslation("customer.import.problem.column")).setWidth("9.5rem").setFlexGrow(0);
        addColumn(this::reason).setHeader(getTranslation("customer.import.problem.reason")).setWidth("20rem")
                .setFlexGrow(1).setTooltipGenerator(this::reason);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("import-problems");
    }

    private String reason(ImportProblem problem) {
        return getTranslation(problem.reasonKey(), problem.arguments().toArray());
    }
}
