/**
 * The candidates screens. What is public here is the {@code screens} interface for the nested modules
 * (offers, scorecards, review): the ports through which they add to these screens ({@link
 * health.staffing.candidates.ui.ApplicationTab}, {@link health.staffing.candidates.ui.MyApplicationSection})
 * and the pieces they share ({@link health.staffing.candidates.ui.ReviewerPicker}, {@link
 * health.staffing.candidates.ui.StageTone}); the views stay package-private.
 */
@NamedInterface("screens")
@NullMarked
package health.staffing.candidates.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
