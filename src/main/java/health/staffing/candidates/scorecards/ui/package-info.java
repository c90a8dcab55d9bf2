/** Null-marked: nothing here is null unless it says {@code @Nullable}. */
@NullMarked
package health.staffing.candidates.scorecards.ui;

import org.jspecify.annotations.NullMarked;
