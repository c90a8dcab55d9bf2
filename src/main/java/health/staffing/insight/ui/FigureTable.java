package health.staffing.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A dashboard table: plain HTML (no grid kept per session for a few rows), readable by screen readers and
 * printed as it is shown. It is also every chart's text alternative. Linked cells open the records
 * behind the figure.
 */
final class FigureTable {

    private FigureTable() {
    }

    static <T> NativeTable of(String caption, List<FigureColumn<T>> columns, List<T> rows, String emptyText) {
        NativeTable table = new NativeTable();
        table.addClassName("figure-table");
        table.getElement().setAttribute("aria-label", caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        for (FigureColumn<T> column : columns) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(column.header());
            cell.getElement().setAttribute("scope", "col");
            if (column.numeric()) {
                cell.addClassName("numeric");
            }
            header.add(cell);
        }
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        if (rows.isEmpty()) {
            NativeTableCell empty = new NativeTableCell(emptyText);
            empty.getElement().setAttribute("colspan", String.valueOf(columns.size()));
            empty.addClassName("empty");
            body.add(new NativeTableRow(empty));
        }
        for (T row : rows) {
            NativeTableRow line = new NativeTableRow();
            for (FigureColumn<T> column : columns) {
                NativeTableCell cell = new NativeTableCell();
                String text = column.text().apply(row);
                String address = column.link() == null ? null : column.link().apply(row);
                if (address != null) {
                    cell.add(new Anchor(address, text));
                } else {
                    cell.setText(text);
                }
                if (column.numeric()) {
                    cell.addClassName("numeric");
                }
                line.add(cell);
            }
            body.add(line);
        }
        table.add(head, body);
        return table;
    }
}
