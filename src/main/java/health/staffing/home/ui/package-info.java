/** Null-marked: nothing here is null unless it says {@code @Nullable}. */
@NullMarked
package health.staffing.home.ui;

import org.jspecify.annotations.NullMarked;
