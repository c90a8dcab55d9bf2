package health.staffing.base.export;

import java.util.List;

/**
 * The rows of an export, read a page at a time through the same service (and row rules) as the grid;
 * an empty or short page ends it.
 */
@FunctionalInterface
public interface PagedRows<T> {

    List<T> page(int number, int size);
}
