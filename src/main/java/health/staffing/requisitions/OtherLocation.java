package health.staffing.requisitions;

import org.jspecify.annotations.Nullable;

/**
 * One of the other places a published multi-site posting is based at ("Worcester, MA"), with the
 * coordinates a radius search measures from: the city's facility, else its centre in the gazetteer.
 */
record OtherLocation(String place, @Nullable Double latitude, @Nullable Double longitude) {

    /** "Worcester, MA" as the city and the state. */
    static String[] cityAndState(String place) {
        int comma = place.lastIndexOf(',');
        return new String[] {place.substring(0, comma).strip(), place.substring(comma + 1).strip()};
    }
}
