package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostingRequirementsTest {

    @Test
    void approvers_read_the_typed_qualifications_in_words() {
        PostingRequirements seed004 = new PostingRequirements(EducationLevel.DOCTORATE_MD_DO, Set.of(Degree.MD, Degree.DO), 3,
                3, 5, Set.of("ny"), true, List.of("Integrity and Trust"));

        assertThat(seed004.describe()).isEqualTo("MD or DO; board certification; a licence in NY; at least 3 years of"
                + " clinical practice after residency; at least 3 years of physician leadership; at least 5 years of"
                + " managed care");
    }

    @Test
    void nothing_typed_reads_as_nothing() {
        assertThat(PostingRequirements.NONE.describe()).isEmpty();
    }

    @Test
    void preferred_degrees_and_combined_experience_read_apart_from_what_is_required() {
        PostingRequirements associateCmo = new PostingRequirements(EducationLevel.DOCTORATE_MD_DO,
                Set.of(Degree.DO, Degree.MD), null, null, null, Set.of(), false, List.of())
                .withPreferred(Set.of(Degree.MHA, Degree.MBA), 5).withResidency(true);

        assertThat(associateCmo.describe()).isEqualTo("MD or DO; a completed ACGME-accredited residency; at least 5"
                + " years of clinical, educational and administrative experience combined; MBA or MHA preferred");
        assertThat(PostingRenderer.atAGlance(associateCmo)).contains(
                "- Clinical, educational and administrative experience (combined): 5 years or more",
                "- Preferred (not required): MBA, MHA",
                "- Residency: completed, ACGME-accredited (or AOA-accredited)");
        assertThat(PostingVersion.mostYears(associateCmo)).isEqualTo(5);
    }

    @Test
    void a_degree_both_required_and_preferred_is_refused_and_combined_years_are_bounded() {
        PostingRequirements both = new PostingRequirements(null, Set.of(Degree.MD), null, null, null, Set.of(), false,
                List.of()).withPreferred(Set.of(Degree.MD, Degree.MBA), 61);
        PostingContent content = new PostingContent(List.of(), both, PostingVisibility.OPEN_TO_ALL, null, null, null);

        assertThat(PostingRules.problems(content)).contains("Experience years must be between 0 and 60.",
                "A degree is either required or preferred, not both: MD.");
    }
}
