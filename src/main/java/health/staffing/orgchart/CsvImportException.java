package health.staffing.orgchart;

import health.staffing.base.DomainException;
import java.util.List;

/**
 * The CSV file has errors, so nothing was changed. {@link #errors()} lists every one of them by
 * line, in line order, for the person to fix the file in one go.
 */
public class CsvImportException extends DomainException {

    private final transient List<ImportError> errors;

    public CsvImportException(List<ImportError> errors) {
        super(errors.size() == 1
                ? "The file has an error on line " + errors.getFirst().line() + ", so nothing was changed: "
                        + errors.getFirst().message()
                : "The file has " + errors.size() + " errors, so nothing was changed. Fix them and import it again.");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
