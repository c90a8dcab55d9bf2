package health.staffing.requisitions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job board's one query, in SQL that runs unchanged on H2 and PostgreSQL: the latest published
 * version of every posted requisition open today, filtered on the search facts copied onto
 * {@code posting_version} at publishing. Only the filters in use become SQL (PostgreSQL cannot type
 * a null parameter); a radius search narrows to a bounding box (indexed) before the exact distance.
 */
@Component
class JobBoardQueries {

    private static final String FROM = """
             from posting_version v
             join posting p on p.id = v.posting_id and p.published_version = v.number
             join requisition r on r.id = v.requisition_id
            where r.status = 'POSTED'
              and (v.open_date is null or v.open_date <= :today)
              and (v.close_date is null or v.close_date >= :today)
            """;

    private static final int CHUNK = 500;
    /** Farther than any place: what a missing distance counts as when the nearest place is chosen. */
    private static final String FAR = "cast(1e9 as double precision)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final UsGazetteer gazetteer;

    JobBoardQueries(JdbcClient jdbc, JdbcTemplate batch, UsGazetteer gazetteer) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.gazetteer = gazetteer;
    }

    List<JobPlace> places() {
        return jdbc.sql("select code, name, city, state, postal_code, latitude, longitude from facility order by state, city, name")
                .query(JobBoardQueries::place).list();
    }

    /** A centre for a radius search: a facility first, else any US postal code or city (the gazetteer). */
    UsGazetteer.Lookup lookUp(String centre) {
        return facility(centre).<UsGazetteer.Lookup>map(UsGazetteer.Lookup.Found::new)
                .orElseGet(() -> gazetteer.lookUp(centre));
    }

    /** The facility a centre names: its code, postal code, city or "city, ST" (case-insensitive). */
    Optional<JobPlace> facility(String centre) {
        if (centre == null || centre.isBlank()) {
            return Optional.empty();
        }
        String value = centre.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("""
                select code, name, city, state, postal_code, latitude, longitude from facility
                 where lower(code) = :value or postal_code = :value or lower(city) = :value
                    or lower(city) || ', ' || lower(state) = :value
                 order by case when lower(code) = :value then 0 else 1 end, id
                 fetch first 1 rows only
                """).param("value", value).query(JobBoardQueries::place).optional();
    }

    /** A city's facility, else its centre from the gazetteer: a version's coordinates at publishing. */
    Optional<JobPlace> placeOf(String city, String state) {
        if (city == null || state == null) {
            return Optional.empty();
        }
        return facilityIn(city, state).or(() -> gazetteer.city(city, state));
    }

    private Optional<JobPlace> facilityIn(String city, String state) {
        return jdbc.sql("""
                select code, name, city, state, postal_code, latitude, longitude from facility
                 where lower(city) = :city and state = :state order by id fetch first 1 rows only
                """).param("city", city.strip().toLowerCase(Locale.ROOT)).param("state", state.strip().toUpperCase(Locale.ROOT))
                .query(JobBoardQueries::place).optional();
    }

    List<String> categories(LocalDate today) {
        List<String> categories = new ArrayList<>();
        for (String category : jdbc.sql("select distinct v.category" + FROM
                + " and v.category is not null order by v.category").param("today", today).query(String.class).list()) {
            if (category != null) { // the query excludes them; the driver's type says it may not
                categories.add(category);
            }
        }
        return categories;
    }

    List<JobListing> search(JobSearch search, @Nullable JobPlace centre, LocalDate today, Instant now, long offset,
            int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(search, centre, today, now, params);
        // The nearest of the posting's places.
        String distance = centre == null ? "cast(null as double precision)"
                : "least(coalesce(" + GeoDistance.SQL + ", " + FAR + "), coalesce((select min(" + GeoDistance.sql("l")
                        + ") from posting_version_location l where l.version_id = v.id), " + FAR + "))";
        String relevance = relevance(search, params);
        String order = switch (Objects.requireNonNullElse(search.sort(), JobSearch.Sort.RELEVANCE)) {
            case NEWEST -> "v.created_at desc, v.id desc";
            case SALARY -> "v.salary_max desc, v.salary_min desc, v.created_at desc, v.id desc";
            case RELEVANCE -> "relevance desc" + (centre == null ? "" : ", distance_miles") + ", v.created_at desc, v.id desc";
        };
        String sql = """
                select v.requisition_id, v.reference, v.title, v.location, v.work_arrangement, v.employment, v.category,
                       v.pay_range, v.salary_min, v.salary_max, v.created_at, v.close_date,
                       (select min(f.created_at) from posting_version f where f.requisition_id = v.requisition_id)
                           as first_published_at,
                       (select count(*) from posting_version_location l where l.version_id = v.id) as other_locations,
                """ + distance + " as distance_miles, " + relevance + " as relevance" + FROM + where
                + " order by " + order + " offset :offset rows fetch next :limit rows only";
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(sql).params(params).query(JobBoardQueries::listing).list();
    }

    long count(JobSearch search, @Nullable JobPlace centre, LocalDate today, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(search, centre, today, now, params);
        return jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    }

    private static String where(JobSearch search, @Nullable JobPlace centre, LocalDate today, Instant now,
            Map<String, Object> params) {
        params.put("today", today);
        StringBuilder sql = new StringBuilder();
        List<String> words = PostingWords.query(search.keywords());
        for (int i = 0; i < words.size(); i++) {
            params.put("kw" + i, words.get(i));
            sql.append(" and exists (select 1 from posting_word w where w.word = :kw").append(i)
                    .append(" and w.version_id = v.id)");
        }
        if (centre != null) {
            double radius = Math.max(0, search.effectiveRadiusMiles());
            double latSpan = GeoDistance.latitudeSpan(radius);
            double lonSpan = GeoDistance.longitudeSpan(centre.latitude(), radius);
            params.put("lat", centre.latitude());
            params.put("lon", centre.longitude());
            params.put("latMin", centre.latitude() - latSpan);
            params.put("latMax", centre.latitude() + latSpan);
            params.put("lonMin", centre.longitude() - lonSpan);
            params.put("lonMax", centre.longitude() + lonSpan);
            params.put("radius", radius);
            // Near the posting's own place or any of its other locations (a multi-site role).
            sql.append(" and ((v.latitude between :latMin and :latMax and v.longitude between :lonMin and :lonMax and ")
                    .append(GeoDistance.SQL).append(" <= :radius) or exists (select 1 from posting_version_location l")
                    .append(" where l.version_id = v.id and l.latitude between :latMin and :latMax")
                    .append(" and l.longitude between :lonMin and :lonMax and ").append(GeoDistance.sql("l"))
                    .append(" <= :radius))");
        }
        if (search.category() != null) {
            params.put("category", search.category());
            sql.append(" and v.category = :category");
        }
        if (search.employmentType() != null) {
            params.put("employmentType", search.employmentType().name());
            sql.append(" and v.employment_type = :employmentType");
        }
        if (search.education() != null) {
            params.put("education", satisfiedBy(search.education()).stream().map(Enum::name).toList());
            sql.append(" and (v.education_minimum is null or v.education_minimum in (:education))");
        }
        if (search.experienceYears() != null) {
            params.put("years", Math.max(0, search.experienceYears()));
            sql.append(" and (v.experience_years is null or v.experience_years <= :years)");
        }
        if (search.postedWithinDays() != null) {
            params.put("since", OffsetDateTime.ofInstant(now, ZoneOffset.UTC).minusDays(Math.max(0, search.postedWithinDays())));
            sql.append(" and v.created_at >= :since");
        }
        if (search.salaryAtLeast() != null) {
            params.put("salary", search.salaryAtLeast());
            sql.append(" and v.salary_max >= :salary");
        }
        return sql.toString();
    }

    /**
     * Every keyword is in the title or the text (the filter makes sure); one in the title weighs
     * three more. 0 without keywords.
     */
    private static String relevance(JobSearch search, Map<String, Object> params) {
        List<String> words = PostingWords.query(search.keywords());
        if (words.isEmpty()) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("(").append(words.size());
        for (int i = 0; i < words.size(); i++) {
            params.put("title" + i, "%" + escapeLike(words.get(i)) + "%");
            sql.append(" + case when lower(v.title) like :title").append(i).append(" escape '\\' then 3 else 0 end");
        }
        return sql.append(")").toString();
    }

    /** The requisitions whose posting is live today, for job alerts to tell the new ones. */
    List<Long> liveRequisitionIds(LocalDate today) {
        return jdbc.sql("select v.requisition_id" + FROM).param("today", today)
                .query((rs, row) -> rs.getLong("requisition_id")).list();
    }

    /**
     * The searchable facts of these requisitions' live postings with their words and other locations,
     * in three queries per chunk of {@value #CHUNK} (the words of a version are a few hundred rows).
     */
    List<SearchablePosting> searchable(Collection<Long> requisitionIds, LocalDate today, ZoneId zone) {
        List<SearchablePosting> postings = new ArrayList<>();
        List<Long> ids = List.copyOf(requisitionIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Set<String>> words = new HashMap<>();
            List<Object[]> rows = jdbc.sql("""
                    select v.id, v.requisition_id, v.reference, v.title, v.location, v.pay_range, v.latitude,
                           v.longitude, v.category, v.employment_type, v.education_minimum, v.experience_years,
                           v.salary_max, v.open_date,
                           (select min(f.created_at) from posting_version f where f.requisition_id = v.requisition_id)
                               as first_published_at
                    """ + FROM + " and v.requisition_id in (:ids)").param("today", today).param("ids", chunk)
                    .query((rs, row) -> new Object[] {rs.getLong("id"), facts(rs, zone)}).list();
            List<Long> versionIds = rows.stream().map(row -> (Long) row[0]).toList();
            Map<Long, List<SearchablePosting.Point>> others = new HashMap<>();
            if (!versionIds.isEmpty()) {
                jdbc.sql("select version_id, latitude, longitude from posting_version_location where version_id in (:ids)"
                        + " and latitude is not null order by version_id, ordinal").param("ids", versionIds)
                        .query((RowCallbackHandler) rs -> others.computeIfAbsent(rs.getLong("version_id"),
                                id -> new ArrayList<>()).add(new SearchablePosting.Point(rs.getDouble("latitude"),
                                        rs.getDouble("longitude"))));
                jdbc.sql("select version_id, word from posting_word where version_id in (:ids)").param("ids", versionIds)
                        .query((RowCallbackHandler) rs -> {
                            words.computeIfAbsent(rs.getLong("version_id"), id -> new HashSet<>()).add(rs.getString("word"));
                        });
            }
            for (Object[] row : rows) {
                SearchablePosting facts = (SearchablePosting) row[1];
                postings.add(new SearchablePosting(facts.requisitionId(), facts.reference(), facts.title(),
                        facts.location(), facts.payRange(), facts.liveFrom(), words.getOrDefault((Long) row[0], Set.of()),
                        facts.latitude(), facts.longitude(), facts.category(), facts.employmentType(),
                        facts.educationMinimum(), facts.experienceYears(), facts.salaryMax(),
                        others.getOrDefault((Long) row[0], List.of())));
            }
        }
        return postings;
    }

    private static SearchablePosting facts(ResultSet rs, ZoneId zone) throws SQLException {
        Instant firstPublished = rs.getObject("first_published_at", OffsetDateTime.class).toInstant();
        LocalDate openDate = rs.getObject("open_date", LocalDate.class);
        Instant opens = openDate == null ? firstPublished : openDate.atStartOfDay(zone).toInstant();
        double latitude = rs.getDouble("latitude");
        Double lat = rs.wasNull() ? null : latitude;
        double longitude = rs.getDouble("longitude");
        Double lon = rs.wasNull() ? null : longitude;
        int years = rs.getInt("experience_years");
        Integer experience = rs.wasNull() ? null : years;
        String type = rs.getString("employment_type");
        String education = rs.getString("education_minimum");
        return new SearchablePosting(rs.getLong("requisition_id"), rs.getString("reference"), rs.getString("title"),
                rs.getString("location"), rs.getString("pay_range"), opens.isAfter(firstPublished) ? opens : firstPublished,
                Set.of(), lat, lon, rs.getString("category"), type == null ? null : EmploymentType.valueOf(type),
                education == null ? null : EducationLevel.valueOf(education), experience, rs.getBigDecimal("salary_max"),
                List.of());
    }

    /** Stores a newly published version's other locations, with coordinates, for radius searches. */
    void placeOtherLocations(long versionId, List<OtherLocation> others) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            OtherLocation other = others.get(i);
            rows.add(new Object[] {versionId, i, other.place(), other.latitude(), other.longitude()});
        }
        batch.batchUpdate("insert into posting_version_location (version_id, ordinal, place, latitude, longitude)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

    /** Stores the words of a newly published version for the keyword filter. */
    void indexWords(long versionId, String text) {
        List<Object[]> rows = PostingWords.of(text).stream().map(word -> new Object[] {word, versionId}).toList();
        batch.batchUpdate("insert into posting_word (word, version_id) values (?, ?)", rows);
    }

    /** The levels a caregiver with {@code education} meets: every lower level and their own (doctorates are not interchangeable). */
    static Set<EducationLevel> satisfiedBy(EducationLevel education) {
        Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
        for (EducationLevel level : EducationLevel.values()) {
            if (level == education || level.compareTo(EducationLevel.DOCTORATE_MD_DO) < 0 && level.compareTo(education) < 0) {
                levels.add(level);
            }
        }
        return levels;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static JobPlace place(ResultSet rs, int row) throws SQLException {
        return new JobPlace(rs.getString("code"), rs.getString("name"), rs.getString("city"), rs.getString("state"),
                rs.getString("postal_code"), rs.getDouble("latitude"), rs.getDouble("longitude"));
    }

    private static JobListing listing(ResultSet rs, int row) throws SQLException {
        double distance = rs.getDouble("distance_miles");
        Double miles = rs.wasNull() ? null : distance;
        BigDecimal min = rs.getBigDecimal("salary_min");
        int others = rs.getInt("other_locations");
        return new JobListing(rs.getLong("requisition_id"), rs.getString("reference"), rs.getString("title"),
                rs.getString("location") + (others == 0 ? "" : others == 1 ? " and 1 other location"
                        : " and " + others + " other locations"), rs.getString("work_arrangement"), rs.getString("employment"),
                rs.getString("category"), rs.getString("pay_range"), min, rs.getBigDecimal("salary_max"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), miles,
                rs.getObject("close_date", LocalDate.class),
                rs.getObject("first_published_at", OffsetDateTime.class).toInstant());
    }
}
