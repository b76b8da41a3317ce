package fi.saatava.law.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinnishCalendarTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"1818, 1818-03-22", "1943, 1943-04-25", "2000, 2000-04-23", "2019, 2019-04-21", "2024, 2024-03-31",
            "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterComputus(int year, LocalDate easter) {
        assertThat(FinnishCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void allHolidaysOf2026() {
        assertThat(FinnishCalendar.publicHolidays(2026)).containsExactly(
                entry("2026-01-01", "New Year's Day"), entry("2026-01-06", "Epiphany"),
                entry("2026-04-03", "Good Friday"), entry("2026-04-05", "Easter Sunday"),
                entry("2026-04-06", "Easter Monday"), entry("2026-05-01", "May Day"),
                entry("2026-05-14", "Ascension Day"), entry("2026-05-24", "Whit Sunday"),
                entry("2026-06-19", "Midsummer Eve"), entry("2026-06-20", "Midsummer Day"),
                entry("2026-10-31", "All Saints' Day"), entry("2026-12-06", "Independence Day"),
                entry("2026-12-24", "Christmas Eve"), entry("2026-12-25", "Christmas Day"),
                entry("2026-12-26", "St Stephen's Day"));
    }

    @ParameterizedTest(name = "{0}: Midsummer Eve {1}, Midsummer Day {2}, All Saints' {3}")
    @CsvSource({"2024, 2024-06-21, 2024-06-22, 2024-11-02", "2025, 2025-06-20, 2025-06-21, 2025-11-01",
            "2027, 2027-06-25, 2027-06-26, 2027-11-06", "2021, 2021-06-25, 2021-06-26, 2021-11-06",
            "2022, 2022-06-24, 2022-06-25, 2022-11-05", "2020, 2020-06-19, 2020-06-20, 2020-10-31"})
    void movableSummerAndAutumnHolidays(int year, LocalDate eve, LocalDate midsummer, LocalDate allSaints) {
        assertThat(FinnishCalendar.holidayName(eve)).contains("Midsummer Eve");
        assertThat(FinnishCalendar.holidayName(midsummer)).contains("Midsummer Day");
        assertThat(FinnishCalendar.holidayName(allSaints)).contains("All Saints' Day");
        assertThat(FinnishCalendar.publicHolidays(year)).hasSize(15);
    }

    @ParameterizedTest(name = "{0} banking day: {1}")
    @CsvSource({"2026-11-20, true", "2026-11-21, false", "2026-11-22, false", "2026-12-24, false",
            "2026-12-31, true", "2025-06-20, false", "2025-05-29, false", "2025-05-30, true", "2026-04-06, false"})
    void bankingDays(LocalDate day, boolean banking) {
        assertThat(FinnishCalendar.isBankingDay(day)).isEqualTo(banking);
    }

    @ParameterizedTest(name = "next banking day from {0} is {1}")
    @CsvSource({"2026-11-20, 2026-11-20", "2026-11-21, 2026-11-23", "2026-12-24, 2026-12-28",
            "2026-04-03, 2026-04-07", "2026-06-19, 2026-06-22", "2025-12-06, 2025-12-08", "2026-12-05, 2026-12-07"})
    void nextBankingDay(LocalDate from, LocalDate expected) {
        assertThat(FinnishCalendar.nextBankingDay(from)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a deadline on {0} falls on {1}")
    @CsvSource({"2026-05-01, 2026-05-04", "2026-12-06, 2026-12-07", "2027-12-24, 2027-12-27",
            "2026-06-19, 2026-06-22", "2026-01-06, 2026-01-07", "2026-11-17, 2026-11-17", "2026-10-31, 2026-11-02"})
    void statutoryDeadlineMovesToTheNextWeekdayThatIsNoHolidayOrEve(LocalDate deadline, LocalDate expected) {
        assertThat(FinnishCalendar.statutoryDeadline(deadline)).isEqualTo(expected);
    }

    @Test
    void ordinaryWeekdayIsNoHoliday() {
        assertThat(FinnishCalendar.isPublicHoliday(LocalDate.parse("2026-11-19"))).isFalse();
        assertThat(FinnishCalendar.holidayName(LocalDate.parse("2026-11-19"))).isEmpty();
    }

    private static Map.Entry<LocalDate, String> entry(String date, String name) {
        return Map.entry(LocalDate.parse(date), name);
    }
}
