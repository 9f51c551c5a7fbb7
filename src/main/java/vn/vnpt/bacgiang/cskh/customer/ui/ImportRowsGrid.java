package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import vn.vnpt.bacgiang.cskh.customer.ImportColumn;
import vn.vnpt.bacgiang.cskh.customer.ImportRow;

/** The first rows of a file as the import understood them; headers are the file's column names. */
class ImportRowsGrid extends Grid<ImportRow> {

    ImportRowsGrid() {
        addColumn(row -> String.valueOf(row.row())).setHeader(getTranslation("customer.import.problem.row"))
                .setWidth("5rem").setFlexGrow(0).setFrozen(true);
        column(ImportColumn.CODE, row -> row.customer().code());
        column(ImportColumn.NAME, row -> row.customer().name());
        column(ImportColumn.KIND, row -> getTranslation(row.customer().kind().labelKey()));
        column(ImportColumn.DISTRICT, row -> row.customer().district().displayName());
        column(ImportColumn.UNIT, row -> row.customer().unit().getCode());
        column(ImportColumn.SERVICE, row -> getTranslation(row.subscription().service().labelKey()));
        column(ImportColumn.NUMBER, row -> row.subscription().number());
        column(ImportColumn.PACKAGE, row -> row.subscription().packageName());
        column(ImportColumn.STATUS, row -> getTranslation(row.subscription().status().labelKey()));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addClassName("import-rows");
    }

    private void column(ImportColumn column, ValueProvider<ImportRow, String> value) {
        addColumn(value).setHeader(column.header()).setAutoWidth(true).setFlexGrow(0).setResizable(true);
    }
}
