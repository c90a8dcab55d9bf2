/** The referral page of a posting and the application's "Referral" tab. */
@NullMarked
package health.staffing.candidates.referrals.ui;

import org.jspecify.annotations.NullMarked;
