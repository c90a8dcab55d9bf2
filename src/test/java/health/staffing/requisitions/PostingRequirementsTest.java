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
}
