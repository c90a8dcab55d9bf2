package health.staffing.requisitions;

/**
 * Great-circle distance in miles (haversine, spherical earth). {@link #SQL} is the same formula for
 * H2 and PostgreSQL (spherical law of cosines, clamped for acos) over a row's latitude/longitude.
 */
final class GeoDistance {

    static final double EARTH_RADIUS_MILES = 3958.8;
    static final double MILES_PER_DEGREE_LATITUDE = 69.0;

    /** Distance from (:lat, :lon) to (v.latitude, v.longitude) in miles. */
    static final String SQL = sql("v");

    /** Distance from (:lat, :lon) to the latitude and longitude of the row {@code alias} in miles. */
    static String sql(String alias) {
        return "(" + EARTH_RADIUS_MILES + " * acos(least(1.0, greatest(-1.0, "
                + "cos(radians(:lat)) * cos(radians(" + alias + ".latitude)) * cos(radians(" + alias
                + ".longitude) - radians(:lon)) + sin(radians(:lat)) * sin(radians(" + alias + ".latitude))))))";
    }

    private GeoDistance() {
    }

    static double miles(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude either side of the centre that cover {@code miles} (bounding-box prefilter). */
    static double latitudeSpan(double miles) {
        return miles / MILES_PER_DEGREE_LATITUDE;
    }

    /** Degrees of longitude either side of the centre at {@code latitude} that cover {@code miles}. */
    static double longitudeSpan(double latitude, double miles) {
        double cos = Math.cos(Math.toRadians(latitude));
        return cos < 0.01 ? 180 : Math.min(180, miles / (MILES_PER_DEGREE_LATITUDE * cos));
    }
}
