package fi.saatava.law.interest;

import java.time.LocalDate;
import java.time.Month;

/**
 * A reference-rate period (KorkoL 12 §, spec §6.1): 1 Jan–30 Jun ({@code H1}) or 1 Jul–31 Dec ({@code H2}).
 *
 * @param year the calendar year
 * @param half 1 or 2
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2");
        }
    }

    public static HalfYear of(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** Parses {@code "2025-H2"}. */
    public static HalfYear parse(String text) {
        if (text == null || !text.matches("\\d{4}-H[12]")) {
            throw new IllegalArgumentException("half-year must look like 2025-H1 or 2025-H2");
        }
        return new HalfYear(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? Month.JANUARY : Month.JULY, 1);
    }

    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, Month.JUNE, 30) : LocalDate.of(year, Month.DECEMBER, 31);
    }

    @Override
    public int compareTo(HalfYear other) {
        return Integer.compare(year * 2 + half, other.year * 2 + other.half);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
