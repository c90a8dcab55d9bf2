/**
 * The landing page at {@code /}: who is signed in, the organisation in numbers, and what needs
 * the person's attention, by role. It owns no data; it reads the other features' services.
 */
@NullMarked
package health.staffing.home;

import org.jspecify.annotations.NullMarked;
