package health.staffing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.PostingFacts;
import health.staffing.requisitions.PostingRenderer;
import health.staffing.requisitions.PostingSanitiser;
import health.staffing.requisitions.PostingSection;
import health.staffing.requisitions.PostingSectionKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structured seeds keep every word of the seed files (src/test/resources/seeds, copies of
 * shared/seeds), in order, apart from the job boards' own words and the header facts that the
 * requisition holds.
 */
class SeedPostingsTest {

    /** Per seed: the file, the lines (0-based, inclusive) that are the posting, and lines inside that are facts. */
    private record Source(String file, int first, int last, Set<Integer> facts) {
    }

    private static final Map<String, Source> SOURCES = Map.of(
            "000", new Source("000_d2edf4fc0742ca72.txt", 15, 62, Set.of()),
            "001", new Source("001_d21b13e76e2e85ad.txt", 0, 0, Set.of()),
            "002", new Source("002_e983330021f8fd9b.txt", 11, 91, Set.of()),
            "003", new Source("003_3c03c5a54945128c.txt", 0, 24, Set.of()),
            // line 6 is the title; 8-14 Job Ref, Category, Department, Location, Job Type, Employment Type, Salary Range
            "004", new Source("004_23551720aa12d2ec.txt", 2, 62, Set.of(6, 8, 9, 10, 11, 12, 13, 14)));

    static List<SeedPosting> seeds() {
        return SeedPostings.all();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void every_word_of_the_seed_is_in_its_sections_in_order(SeedPosting seed) throws IOException {
        Source source = SOURCES.get(seed.seed());
        List<String> lines = Arrays.asList(read(source.file()).split("\n", -1));
        String posting = String.join("\n", IntStream.rangeClosed(source.first(), source.last())
                .filter(i -> !source.facts().contains(i)).mapToObj(lines::get).toList());
        List<String> expected = words(posting);
        List<String> actual = new ArrayList<>();
        for (PostingSection section : seed.content().sections()) {
            actual.addAll(words(section.heading()));
            actual.addAll(words(section.body()));
        }

        assertThat(isSubsequence(expected, actual)).as("seed %s keeps all %d words in order", seed.seed(), expected.size())
                .isTrue();
        assertThat(actual.size() - expected.size()).as("headings added to seed %s", seed.seed()).isLessThanOrEqualTo(12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void the_sanitiser_leaves_every_seed_as_written(SeedPosting seed) {
        for (PostingSection section : seed.content().sections()) {
            assertThat(PostingSanitiser.markdown(section.body())).isEqualTo(section.body());
            assertThat(PostingSanitiser.line(section.heading())).isEqualTo(section.heading());
        }
    }

    @Test
    void seed_000_has_the_eight_responsibility_groups_and_the_truncated_standard_one() {
        assertThat(SeedPostings.seed000().content().sections()).filteredOn(s -> s.kind() == PostingSectionKind.RESPONSIBILITIES)
                .extracting(PostingSection::heading)
                .containsExactly("Major Responsibilities", "Medical Staff Management", "Clinical Leadership",
                        "Quality Assurance & Improvement", "Patient Care Oversight", "Strategic Planning",
                        "Regulatory Compliance & Risk Management", "Stakeholder Collaboration", "Innovation & Research",
                        "Standard Management Level Responsibilities");
    }

    @Test
    void seed_004_carries_its_header_facts_and_typed_requirements() {
        SeedPosting seed = SeedPostings.seed004();
        assertThat(seed.reference()).isEqualTo("102619");
        assertThat(seed.category()).isEqualTo("Utilization Review and Case Management");
        assertThat(seed.department()).isEqualTo("UTILIZATION MANAGEMENT");
        assertThat(seed.addressLine() + ", " + seed.city() + ", " + seed.state() + " " + seed.postalCode())
                .isEqualTo("50 Water Street, 7th Floor, New York, NY 10004");
        assertThat(seed.salaryMin()).isEqualByComparingTo("340000");
        assertThat(seed.salaryMax()).isEqualByComparingTo("350000");
        assertThat(seed.content().requirements().licenceStates()).containsExactly("NY");
        assertThat(seed.content().requirements().boardCertificationRequired()).isTrue();
        assertThat(seed.content().requirements().clinicalYearsPostResidency()).isEqualTo(3);
        assertThat(seed.content().requirements().managedCareYears()).isEqualTo(5);
        assertThat(seed.content().requirements().competencies()).containsExactly("Integrity and Trust", "Customer Focus",
                "Functional/Technical skills", "Written/Oral Communication");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void every_seed_renders_with_all_its_headings(SeedPosting seed) {
        PostingContent content = seed.content();
        String document = PostingRenderer.render(new PostingFacts(seed.reference(), seed.title(), "Org", seed.department(),
                seed.category(), seed.addressLine(), seed.city(), seed.state(), "On site", "Full time", seed.fte(),
                seed.adminFte(), seed.salaryMin(), seed.salaryMax(), seed.adjustedForFte(), "Chief Medical Officer",
                List.of()), content);

        for (PostingSection section : content.sections()) {
            assertThat(document).contains(PostingSanitiser.literal(section.heading())).contains(section.body());
        }
    }

    private static boolean isSubsequence(List<String> expected, List<String> actual) {
        int at = 0;
        for (String word : actual) {
            if (at < expected.size() && expected.get(at).equals(word)) {
                at++;
            }
        }
        return at == expected.size();
    }

    /** Words, also where the seed glued them together ("fieldPreferred", "practices5"). */
    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})")).filter(w -> !w.isEmpty()).toList();
    }

    private static String read(String file) throws IOException {
        try (InputStream in = SeedPostingsTest.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
