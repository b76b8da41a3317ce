package fi.saatava.law.limitation;

import static fi.saatava.law.limitation.LimitationEventType.ACKNOWLEDGEMENT;
import static fi.saatava.law.limitation.LimitationEventType.COURT_PROCEEDINGS;
import static fi.saatava.law.limitation.LimitationEventType.DEMAND;
import static fi.saatava.law.limitation.LimitationEventType.ENFORCEMENT_APPLICATION;
import static fi.saatava.law.limitation.LimitationEventType.INSOLVENCY_LODGING;
import static fi.saatava.law.limitation.LimitationEventType.JUDGMENT;
import static fi.saatava.law.limitation.LimitationEventType.PAYMENT_ARRANGEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Spec §7, each row of its table. */
class LimitationTest {

    private final Limitation limitation = new Limitation();

    @Test
    void threeYearsFromTheDueDate() {
        LimitationProfile claim = LimitationProfile.againstLegalPerson(date("2023-03-15"));
        LimitationStatus lastDay = limitation.statusOn(claim, List.of(), date("2026-03-15"));
        assertThat(lastDay.collectable()).isTrue();
        assertThat(lastDay.lastDayToInterrupt()).isEqualTo(date("2026-03-15"));
        assertThat(lastDay.finalDay()).isNull();
        LimitationStatus barred = limitation.statusOn(claim, List.of(), date("2026-03-16"));
        assertThat(barred.collectable()).isFalse();
        assertThat(barred.explanation()).startsWith("Must not be collected on 2026-03-16")
                .contains("PerintäL 4 § 3 mom", "VanhL 4 §");
    }

    @ParameterizedTest
    @EnumSource(value = LimitationEventType.class, names = {"DEMAND", "ACKNOWLEDGEMENT", "PAYMENT_ARRANGEMENT"})
    void informalInterruptionStartsANewThreeYearPeriod(LimitationEventType type) {
        LimitationProfile claim = LimitationProfile.againstLegalPerson(date("2023-03-15"));
        LimitationStatus status = limitation.statusOn(claim, List.of(LimitationEvent.of(type, date("2025-01-10"))),
                date("2027-06-01"));
        assertThat(status.collectable()).isTrue();
        assertThat(status.lastDayToInterrupt()).isEqualTo(date("2028-01-10"));
        assertThat(status.explanation()).contains("VanhL 10 § 1 mom", "new period of 3 years");
    }

    @Test
    void anInterruptionAfterExpiryDoesNotRevive() {
        LimitationProfile claim = LimitationProfile.againstLegalPerson(date("2020-01-01"));
        LimitationStatus status = limitation.statusOn(claim,
                List.of(LimitationEvent.of(ACKNOWLEDGEMENT, date("2023-06-01"))), date("2023-06-02"));
        assertThat(status.collectable()).isFalse();
        assertThat(status.lastDayToInterrupt()).isEqualTo(date("2023-01-01"));
        assertThat(status.explanation()).contains("does not revive it");
    }

    @Test
    void eventsAfterTheQueriedDayAreNotYetKnown() {
        LimitationProfile claim = LimitationProfile.againstLegalPerson(date("2023-03-15"));
        LimitationStatus status = limitation.statusOn(claim, List.of(LimitationEvent.of(DEMAND, date("2026-03-01"))),
                date("2025-01-01"));
        assertThat(status.lastDayToInterrupt()).isEqualTo(date("2026-03-15"));
    }

    @Test
    void pendingLegalProcedureSuspends() {
        LimitationProfile claim = LimitationProfile.againstLegalPerson(date("2020-01-01"));
        List<LimitationEvent> events = List.of(LimitationEvent.procedure(INSOLVENCY_LODGING, date("2022-05-01"), null));
        LimitationStatus status = limitation.statusOn(claim, events, date("2026-01-01"));
        assertThat(status.collectable()).isTrue();
        assertThat(status.lastDayToInterrupt()).isNull();
        assertThat(status.explanation()).contains("suspended by the claim lodged", "VanhL 11 § 1 mom 2 k");
    }

    @Test
    void judgmentGivesFiveYearsAndEnforcementRenewsThem() {
        LimitationProfile claim = LimitationProfile.againstLegalPerson(date("2022-01-01"));
        List<LimitationEvent> events = new ArrayList<>(List.of(
                LimitationEvent.procedure(COURT_PROCEEDINGS, date("2024-01-10"), date("2024-05-20")),
                LimitationEvent.of(JUDGMENT, date("2024-05-20"))));
        assertThat(limitation.statusOn(claim, events, date("2025-01-01")).lastDayToInterrupt()).isEqualTo(date("2029-05-20"));

        events.add(LimitationEvent.procedure(ENFORCEMENT_APPLICATION, date("2028-01-01"), date("2028-06-30")));
        LimitationStatus status = limitation.statusOn(claim, events, date("2030-01-01"));
        assertThat(status.lastDayToInterrupt()).isEqualTo(date("2033-06-30"));
        assertThat(status.explanation()).contains("VanhL 13 § 2 mom");
        // a legal person's judgment debt can be kept alive indefinitely (spec §7 "Legal-person debtors")
        assertThat(status.finalDay()).isNull();
    }

    @Test
    void naturalPersonFinalLimitationTwentyYearsWhateverTheInterruptions() {
        LimitationProfile claim = LimitationProfile.againstNaturalPerson(date("2010-01-01"));
        List<LimitationEvent> yearlyDemands = new ArrayList<>();
        for (int year = 2011; year <= 2031; year++) {
            yearlyDemands.add(LimitationEvent.of(DEMAND, LocalDate.of(year, 6, 1)));
        }
        assertThat(limitation.statusOn(claim, yearlyDemands, date("2030-01-01")).collectable()).isTrue();
        LimitationStatus status = limitation.statusOn(claim, yearlyDemands, date("2030-01-02"));
        assertThat(status.collectable()).isFalse();
        assertThat(status.finalDay()).isEqualTo(date("2030-01-01"));
        assertThat(status.explanation()).contains("VanhL 13 a §");
    }

    @Test
    void finalLimitationCountsAtMostFifteenYearsBefore2015AndTwentyFiveForNaturalPersonCreditors() {
        assertThat(finalDay(new LimitationProfile(date("1990-01-01"), true, false, true, false))).isEqualTo(date("2020-01-01"));
        assertThat(finalDay(new LimitationProfile(date("2010-03-01"), true, true, true, false))).isEqualTo(date("2035-03-01"));
        assertThat(finalDay(new LimitationProfile(date("1990-01-01"), true, true, true, false))).isEqualTo(date("2025-01-01"));
        assertThat(finalDay(new LimitationProfile(date("2010-03-01"), true, false, false, false))).isNull();
    }

    @Test
    void enforcementTitleAgainstANaturalPersonEndsAfterFifteenOrTwentyYears() {
        LimitationProfile claim = LimitationProfile.againstNaturalPerson(date("2009-01-01"));
        List<LimitationEvent> events = List.of(
                LimitationEvent.of(JUDGMENT, date("2010-06-01")),
                LimitationEvent.procedure(ENFORCEMENT_APPLICATION, date("2014-01-01"), date("2014-06-01")),
                LimitationEvent.procedure(ENFORCEMENT_APPLICATION, date("2018-01-01"), date("2018-06-01")),
                LimitationEvent.procedure(ENFORCEMENT_APPLICATION, date("2022-01-01"), date("2022-06-01")));
        LimitationStatus status = limitation.statusOn(claim, events, date("2025-06-02"));
        assertThat(status.finalDay()).isEqualTo(date("2025-06-01"));
        assertThat(status.collectable()).isFalse();
        assertThat(status.explanation()).contains("UK 2:24");

        LimitationProfile crime = new LimitationProfile(date("2009-01-01"), true, false, false, true);
        assertThat(limitation.statusOn(crime, events, date("2025-06-02")).finalDay()).isEqualTo(date("2030-06-01"));
    }

    @Test
    void paymentArrangementInterruptsToo() {
        LimitationProfile claim = LimitationProfile.againstNaturalPerson(date("2024-02-29"));
        LimitationStatus status = limitation.statusOn(claim,
                List.of(LimitationEvent.of(PAYMENT_ARRANGEMENT, date("2024-02-29"))), date("2026-01-01"));
        assertThat(status.lastDayToInterrupt()).isEqualTo(date("2027-02-28"));
    }

    private LocalDate finalDay(LimitationProfile claim) {
        return limitation.statusOn(claim, List.of(), claim.dueDate()).finalDay();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
