package fi.saatava.law.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finnish public holidays, banking days and the statutory deadline rule (spec §16).
 *
 * <p>Stateless: every method is static and depends only on its argument (no clock). The holidays are those
 * listed in spec §16, Midsummer Eve and Christmas Eve included, because both are non-banking days and both
 * are named in laki säädettyjen määräaikain laskemisesta 150/1930 5 §.
 */
public final class FinnishCalendar {

    private static final Map<Integer, Map<LocalDate, String>> HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();

    private FinnishCalendar() {
    }

    /** Whether the day is a Finnish public holiday in the sense of spec §16 (Midsummer Eve and Christmas Eve included). */
    public static boolean isPublicHoliday(LocalDate date) {
        return publicHolidays(date.getYear()).containsKey(date);
    }

    /** The holiday's English name, if the day is a public holiday. */
    public static Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(publicHolidays(date.getYear()).get(date));
    }

    /** All public holidays of a year, in date order, with their English names. */
    public static Map<LocalDate, String> publicHolidays(int year) {
        return HOLIDAYS_BY_YEAR.computeIfAbsent(year, FinnishCalendar::computeHolidays);
    }

    /** Monday–Friday and not a public holiday, Midsummer Eve or Christmas Eve (spec §16 "Banking days"). */
    public static boolean isBankingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /** The day itself if it is a banking day, otherwise the next banking day (spec §16 "Sending letters"). */
    public static LocalDate nextBankingDay(LocalDate date) {
        LocalDate day = date;
        while (!isBankingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Where a deadline or due date that lands on {@code date} actually falls (150/1930 5 §, spec §16): a deadline
     * on a Saturday, Sunday, public holiday, Independence Day, May Day, Christmas Eve or Midsummer Eve moves to the
     * next weekday that is none of these; otherwise it stays.
     *
     * <p>The days listed in 5 § are exactly the non-banking days of spec §16, so this is the same day as
     * {@link #nextBankingDay(LocalDate)}; the separate name keeps the legal reason visible at the call site.
     */
    public static LocalDate statutoryDeadline(LocalDate date) {
        return nextBankingDay(date);
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian computus, valid for every Gregorian year). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static Map<LocalDate, String> computeHolidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
        days.put(LocalDate.of(year, Month.JANUARY, 6), "Epiphany");
        days.put(LocalDate.of(year, Month.MAY, 1), "May Day");
        days.put(LocalDate.of(year, Month.DECEMBER, 6), "Independence Day");
        days.put(LocalDate.of(year, Month.DECEMBER, 24), "Christmas Eve");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "St Stephen's Day");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter, "Easter Sunday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(easter.plusDays(39), "Ascension Day");
        days.put(easter.plusDays(49), "Whit Sunday");
        days.put(firstOnOrAfter(LocalDate.of(year, Month.JUNE, 19), DayOfWeek.FRIDAY), "Midsummer Eve");
        days.put(firstOnOrAfter(LocalDate.of(year, Month.JUNE, 20), DayOfWeek.SATURDAY), "Midsummer Day");
        days.put(firstOnOrAfter(LocalDate.of(year, Month.OCTOBER, 31), DayOfWeek.SATURDAY), "All Saints' Day");
        return Collections.unmodifiableMap(days);
    }

    private static LocalDate firstOnOrAfter(LocalDate date, DayOfWeek dayOfWeek) {
        return date.with(TemporalAdjusters.nextOrSame(dayOfWeek));
    }
}
