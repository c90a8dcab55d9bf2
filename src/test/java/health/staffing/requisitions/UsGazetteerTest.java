package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsGazetteerTest {

    private static final UsGazetteer GAZETTEER = new UsGazetteer();

    private static JobPlace found(String text) {
        assertThat(GAZETTEER.lookUp(text)).as(text).isInstanceOf(UsGazetteer.Lookup.Found.class);
        return ((UsGazetteer.Lookup.Found) GAZETTEER.lookUp(text)).place();
    }

    @Test
    void a_postal_code_is_its_census_centre_with_its_city() {
        JobPlace baltimore = found("21201");

        assertThat(baltimore.city()).isEqualTo("Baltimore");
        assertThat(baltimore.state()).isEqualTo("MD");
        assertThat(baltimore.latitude()).isBetween(39.28, 39.31);
        assertThat(baltimore.longitude()).isBetween(-76.64, -76.60);
        assertThat(baltimore.label()).isEqualTo("Baltimore, MD 21201");
        assertThat(found("21201-1595").code()).isEqualTo("21201");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baltimore, MD", "baltimore md", "  BALTIMORE ,  md "})
    void a_city_and_state_is_the_centre_of_its_postal_codes(String text) {
        JobPlace baltimore = found(text);

        assertThat(baltimore.code()).isEqualTo("Baltimore, MD");
        assertThat(baltimore.postalCode()).isNull();
        assertThat(baltimore.label()).isEqualTo("Baltimore, MD");
        assertThat(baltimore.latitude()).isBetween(39.2, 39.5);
    }

    @Test
    void abbreviations_are_spelled_out_as_the_postal_service_spells_them() {
        assertThat(found("St. Louis, MO").city()).isEqualTo("Saint Louis");
        assertThat(found("st louis mo").city()).isEqualTo("Saint Louis");
        assertThat(found("Ft Lauderdale, FL").city()).isEqualTo("Fort Lauderdale");
    }

    @Test
    void a_city_in_one_state_only_needs_no_state_and_one_in_several_lists_them() {
        assertThat(found("Somerville, MA").state()).isEqualTo("MA");
        assertThat(GAZETTEER.lookUp("Springfield")).isInstanceOfSatisfying(UsGazetteer.Lookup.Ambiguous.class,
                ambiguous -> assertThat(ambiguous.candidates()).contains("Springfield, IL", "Springfield, MA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "99999", "Baltimore, ZZ", "", "   ", "1234", "<script>"})
    void an_unknown_place_is_unknown(String text) {
        assertThat(GAZETTEER.lookUp(text)).isInstanceOf(UsGazetteer.Lookup.Unknown.class);
    }

    @Test
    void every_state_and_dc_and_puerto_rico_have_places() {
        for (String state : "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY".split(" ")) {
            assertThat(GAZETTEER.city(capitalOf(state), state)).as(state).isPresent();
        }
    }

    private static String capitalOf(String state) {
        return switch (state) {
            case "AL" -> "Montgomery"; case "AK" -> "Juneau"; case "AZ" -> "Phoenix"; case "AR" -> "Little Rock";
            case "CA" -> "Sacramento"; case "CO" -> "Denver"; case "CT" -> "Hartford"; case "DE" -> "Dover";
            case "DC" -> "Washington"; case "FL" -> "Tallahassee"; case "GA" -> "Atlanta"; case "HI" -> "Honolulu";
            case "ID" -> "Boise"; case "IL" -> "Springfield"; case "IN" -> "Indianapolis"; case "IA" -> "Des Moines";
            case "KS" -> "Topeka"; case "KY" -> "Frankfort"; case "LA" -> "Baton Rouge"; case "ME" -> "Augusta";
            case "MD" -> "Annapolis"; case "MA" -> "Boston"; case "MI" -> "Lansing"; case "MN" -> "Saint Paul";
            case "MS" -> "Jackson"; case "MO" -> "Jefferson City"; case "MT" -> "Helena"; case "NE" -> "Lincoln";
            case "NV" -> "Carson City"; case "NH" -> "Concord"; case "NJ" -> "Trenton"; case "NM" -> "Santa Fe";
            case "NY" -> "Albany"; case "NC" -> "Raleigh"; case "ND" -> "Bismarck"; case "OH" -> "Columbus";
            case "OK" -> "Oklahoma City"; case "OR" -> "Salem"; case "PA" -> "Harrisburg"; case "PR" -> "San Juan";
            case "RI" -> "Providence"; case "SC" -> "Columbia"; case "SD" -> "Pierre"; case "TN" -> "Nashville";
            case "TX" -> "Austin"; case "UT" -> "Salt Lake City"; case "VT" -> "Montpelier"; case "VA" -> "Richmond";
            case "WA" -> "Olympia"; case "WV" -> "Charleston"; case "WI" -> "Madison"; case "WY" -> "Cheyenne";
            default -> throw new IllegalArgumentException(state);
        };
    }
}
