package health.staffing.requisitions;

import org.jspecify.annotations.Nullable;

/** A facility with coordinates: a centre for the job board's radius search. */
public record JobPlace(String code, String name, String city, String state, @Nullable String postalCode, double latitude,
        double longitude) {

    /** "Mass General Brigham, Assembly Row — Somerville, MA 02145". */
    public String label() {
        String place = city + ", " + state + (postalCode == null ? "" : " " + postalCode);
        return name.equals(city) ? place : name + " — " + place;
    }
}
