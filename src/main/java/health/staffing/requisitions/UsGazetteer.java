package health.staffing.requisitions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every US postal code and city, offline: the job board's radius search reaches any US place
 * without calling an outside geocoding service. The data (Census ZCTA coordinates, city names per
 * code; see {@code tools/gazetteer/build.js}) ships in the jar and is read at the first look-up. A
 * city's centre is the mean of its postal codes' centres.
 */
@Component
public class UsGazetteer {

    static final String RESOURCE = "/gazetteer/us-postal-codes.csv.gz";
    private static final Pattern POSTAL_CODE = Pattern.compile("(\\d{5})(?:-\\d{4})?");
    private static final String[][] ABBREVIATIONS = {{" st\\.? ", " saint "}, {" ste\\.? ", " sainte "},
        {" ft\\.? ", " fort "}, {" mt\\.? ", " mount "}};
    private static final Pattern CITY_AND_STATE = Pattern.compile("(.+?)[,\\s]+([A-Za-z]{2})");

    /** What a place search found: one place, several cities of that name, or nothing. */
    public sealed interface Lookup {
        record Found(JobPlace place) implements Lookup {
        }

        record Ambiguous(List<String> candidates) implements Lookup {
        }

        record Unknown() implements Lookup {
        }
    }

    private volatile @Nullable Data data;

    /** A postal code ("21201", "21201-1595"), "city, ST" ("Baltimore, MD") or a city found in one state only. */
    public Lookup lookUp(String text) {
        String value = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return new Lookup.Unknown();
        }
        Data d = data();
        Matcher postal = POSTAL_CODE.matcher(value);
        if (postal.matches()) {
            JobPlace place = d.postalCodes.get(postal.group(1));
            return place == null ? new Lookup.Unknown() : new Lookup.Found(place);
        }
        Matcher cityAndState = CITY_AND_STATE.matcher(value);
        if (cityAndState.matches()) {
            JobPlace place = d.cities.get(key(cityAndState.group(1), cityAndState.group(2)));
            if (place != null) {
                return new Lookup.Found(place);
            }
        }
        List<JobPlace> named = d.byCityName.getOrDefault(normalised(value), List.of());
        if (named.size() == 1) {
            return new Lookup.Found(named.getFirst());
        }
        if (named.size() > 1) {
            return new Lookup.Ambiguous(named.stream().map(p -> p.city() + ", " + p.state()).toList());
        }
        return new Lookup.Unknown();
    }

    /** The centre of a city, for a posting's coordinates at publishing. */
    public Optional<JobPlace> city(String city, String state) {
        return city == null || state == null ? Optional.empty() : Optional.ofNullable(data().cities.get(key(city, state)));
    }

    private Data data() {
        Data loaded = data;
        if (loaded == null) {
            synchronized (this) {
                loaded = data;
                if (loaded == null) {
                    loaded = load();
                    data = loaded;
                }
            }
        }
        return loaded;
    }

    private static Data load() {
        Map<String, JobPlace> postalCodes = new HashMap<>(50_000);
        Map<String, CityCentre> centres = new TreeMap<>();
        try (InputStream raw = UsGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("The gazetteer " + RESOURCE + " is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split(",");
                double latitude = Double.parseDouble(f[3]);
                double longitude = Double.parseDouble(f[4]);
                postalCodes.put(f[0], new JobPlace(f[0], f[1], f[1], f[2], f[0], latitude, longitude));
                centres.computeIfAbsent(key(f[1], f[2]), k -> new CityCentre(f[1], f[2])).add(latitude, longitude);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JobPlace> cities = new HashMap<>(centres.size() * 2);
        Map<String, List<JobPlace>> byCityName = new HashMap<>();
        centres.forEach((key, centre) -> {
            JobPlace place = centre.place();
            cities.put(key, place);
            byCityName.computeIfAbsent(normalised(centre.city), k -> new ArrayList<>()).add(place);
        });
        return new Data(postalCodes, cities, byCityName);
    }

    /** The running mean of a city's postal-code centres while the file is read. */
    private static final class CityCentre {
        private final String city;
        private final String state;
        private double latitudes;
        private double longitudes;
        private int codes;

        CityCentre(String city, String state) {
            this.city = city;
            this.state = state;
        }

        void add(double latitude, double longitude) {
            latitudes += latitude;
            longitudes += longitude;
            codes++;
        }

        JobPlace place() {
            return new JobPlace(city + ", " + state, city, city, state, null, latitudes / codes, longitudes / codes);
        }
    }

    private static String key(String city, String state) {
        return normalised(city) + "|" + state.strip().toUpperCase(Locale.ROOT);
    }

    /** Lower case, single spaces, and the usual abbreviations spelled out ("St. Louis" is "Saint Louis"). */
    static String normalised(String city) {
        String name = " " + city.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + " ";
        for (String[] abbreviation : ABBREVIATIONS) {
            name = name.replaceAll(abbreviation[0], abbreviation[1]);
        }
        return name.strip();
    }

    private record Data(Map<String, JobPlace> postalCodes, Map<String, JobPlace> cities,
            Map<String, List<JobPlace>> byCityName) {
    }
}
