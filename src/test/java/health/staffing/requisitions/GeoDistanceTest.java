package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

    @Test
    void somerville_to_worcester_is_about_37_miles() {
        // 36.96 miles as the crow flies between the two facilities' coordinates.
        assertThat(GeoDistance.miles(42.3876, -71.0995, 42.2751, -71.8070)).isBetween(36.5, 40.0);
    }

    @Test
    void somerville_to_new_york_is_about_190_miles() {
        assertThat(GeoDistance.miles(42.3876, -71.0995, 40.7033, -74.0090)).isBetween(185.0, 195.0);
    }

    @Test
    void a_place_is_no_distance_from_itself_and_distance_is_symmetric() {
        assertThat(GeoDistance.miles(41.5623, -72.6506, 41.5623, -72.6506)).isCloseTo(0.0, within(1e-9));
        assertThat(GeoDistance.miles(41.5623, -72.6506, 42.2751, -71.8070))
                .isCloseTo(GeoDistance.miles(42.2751, -71.8070, 41.5623, -72.6506), within(1e-9));
    }

    @Test
    void the_bounding_box_covers_the_radius() {
        double lat = 42.3876;
        double lon = -71.0995;
        double radius = 40;
        // Worcester is about 38 miles away: inside the box that prefilters a 40-mile search.
        assertThat(Math.abs(42.2751 - lat)).isLessThanOrEqualTo(GeoDistance.latitudeSpan(radius));
        assertThat(Math.abs(-71.8070 - lon)).isLessThanOrEqualTo(GeoDistance.longitudeSpan(lat, radius));
    }

    @Test
    void a_caregiver_meets_lower_levels_and_their_own_but_doctorates_are_not_interchangeable() {
        assertThat(JobBoardQueries.satisfiedBy(EducationLevel.BACHELOR)).containsExactlyInAnyOrder(
                EducationLevel.HIGH_SCHOOL, EducationLevel.ASSOCIATE, EducationLevel.BACHELOR);
        assertThat(JobBoardQueries.satisfiedBy(EducationLevel.DOCTORATE_OTHER))
                .contains(EducationLevel.MASTER, EducationLevel.DOCTORATE_OTHER)
                .doesNotContain(EducationLevel.DOCTORATE_MD_DO);
    }
}
