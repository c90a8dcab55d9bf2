package health.staffing.requisitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.value.ValueChangeMode;
import health.staffing.requisitions.PostingSection;
import health.staffing.requisitions.PostingSectionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The posting's free sections in their order: add, edit, move up or down, remove. Every change calls
 * back (the editor refreshes its preview); {@link #values()} is what is typed now, valid or not.
 */
class PostingSections extends Div {

    final List<SectionRow> rows = new ArrayList<>();
    final Button addSection = new Button("Add section", VaadinIcon.PLUS.create());
    private final Div list = new Div();
    private final Runnable onChange;

    PostingSections(Runnable onChange) {
        this.onChange = onChange;
        list.addClassName("posting-sections");
        setWidthFull();
        addSection.addClickListener(e -> {
            add(new PostingSection(PostingSectionKind.OTHER, "", ""));
            onChange.run();
        });
        add(list, addSection);
    }

    /** Replaces the rows with these sections (as loaded from the service). */
    void show(List<PostingSection> sections) {
        rows.clear();
        list.removeAll();
        sections.forEach(this::add);
    }

    List<PostingSection> values() {
        return rows.stream().map(SectionRow::value).toList();
    }

    /** Marks every row's problems; true when there are none. */
    boolean validate() {
        return rows.stream().map(SectionRow::validate).reduce(true, Boolean::logicalAnd);
    }

    private void add(PostingSection section) {
        SectionRow row = new SectionRow(section);
        row.kind.addValueChangeListener(e -> onChange.run());
        row.heading.setValueChangeMode(ValueChangeMode.LAZY);
        row.body.setValueChangeMode(ValueChangeMode.LAZY);
        row.heading.addValueChangeListener(e -> onChange.run());
        row.body.addValueChangeListener(e -> onChange.run());
        row.up.addClickListener(e -> move(row, -1));
        row.down.addClickListener(e -> move(row, 1));
        row.remove.addClickListener(e -> {
            rows.remove(row);
            list.remove(row);
            onChange.run();
        });
        rows.add(row);
        list.add(row);
    }

    private void move(SectionRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        list.removeAll();
        rows.forEach(list::add);
        onChange.run();
    }
}
