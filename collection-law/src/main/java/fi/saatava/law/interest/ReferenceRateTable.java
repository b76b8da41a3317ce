package fi.saatava.law.interest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The versioned table of reference rates by half-year (spec §6.2), read from a data file rather than code.
 *
 * <p>The bundled file {@code fi/saatava/law/interest/reference-rates.csv} covers 2013-H1 to the last half-year the
 * spec knows. A half-year it does not know is an {@link UnknownReferenceRateException}, never a zero. The operator
 * adds newer half-years without a code change through an override file in the same format:
 * {@link #bundledWithOverrides(Path)}; a line in the override file replaces the bundled line of the same half-year.
 */
public final class ReferenceRateTable {

    private static final String BUNDLED = "reference-rates.csv";

    private final NavigableMap<HalfYear, ReferenceRate> rates;

    private ReferenceRateTable(NavigableMap<HalfYear, ReferenceRate> rates) {
        this.rates = Collections.unmodifiableNavigableMap(rates);
    }

    /** The table shipped with the library. */
    public static ReferenceRateTable bundled() {
        try (InputStream in = ReferenceRateTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled reference-rate table is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled table plus the operator's file; the operator's lines win. */
    public static ReferenceRateTable bundledWithOverrides(Path overrideFile) {
        return bundled().overriddenBy(fromFile(overrideFile));
    }

    /** A table read from a file in the format of the bundled one. */
    public static ReferenceRateTable fromFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference-rate file " + file, e);
        }
    }

    /**
     * Parses lines {@code half-year;percent;status;source}; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the line that is malformed, repeated, or not a multiple of 0.5 %
     */
    public static ReferenceRateTable parse(Reader text, String name) {
        NavigableMap<HalfYear, ReferenceRate> rates = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(text)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                ReferenceRate rate = parseLine(line, name + " line " + number);
                if (rates.put(rate.halfYear(), rate) != null) {
                    throw new IllegalArgumentException(name + " line " + number + ": " + rate.halfYear() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReferenceRateTable(rates);
    }

    /** This table with every half-year of {@code overrides} added or replaced. */
    public ReferenceRateTable overriddenBy(ReferenceRateTable overrides) {
        NavigableMap<HalfYear, ReferenceRate> merged = new TreeMap<>(rates);
        merged.putAll(overrides.rates);
        return new ReferenceRateTable(merged);
    }

    /**
     * The reference rate of a half-year.
     *
     * @throws UnknownReferenceRateException if the table does not contain it
     */
    public ReferenceRate rateFor(HalfYear halfYear) {
        ReferenceRate rate = rates.get(halfYear);
        if (rate == null) {
            throw new UnknownReferenceRateException(halfYear);
        }
        return rate;
    }

    /** All rates in half-year order. */
    public List<ReferenceRate> rates() {
        return List.copyOf(rates.values());
    }

    private static ReferenceRate parseLine(String line, String where) {
        String[] fields = line.split(";", 4);
        if (fields.length != 4) {
            throw new IllegalArgumentException(where + ": expected half-year;percent;status;source");
        }
        try {
            HalfYear halfYear = HalfYear.parse(fields[0].trim());
            BigDecimal percent = new BigDecimal(fields[1].trim());
            if (percent.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("a reference rate is rounded up to a half point (KorkoL 12 §), got "
                        + percent.toPlainString());
            }
            ReferenceRate.Status status = ReferenceRate.Status.valueOf(fields[2].trim());
            return new ReferenceRate(halfYear, percent, status, fields[3].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
