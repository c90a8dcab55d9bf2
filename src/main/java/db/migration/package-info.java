/** Null-marked: nothing here is null unless it says {@code @Nullable}. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
