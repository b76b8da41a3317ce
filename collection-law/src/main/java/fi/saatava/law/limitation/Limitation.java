package fi.saatava.law.limitation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Limitation of debts (VanhL 728/2003, UK 2:24–27; spec §7): may a claim still be collected on a given day?
 *
 * <p>The general period is 3 years from the due date (VanhL 4 §). Each interrupting event, if it comes before the claim
 * is time-barred, starts a new period of the same length, or 5 years after a judgment or other enforcement title
 * (VanhL 13 §). A legal procedure suspends limitation while it runs and interrupts on the day it ends (11 §). A period
 * of years ends on the day with the same number (150/1930 2 §); the move of a deadline off a weekend or holiday is
 * deliberately not applied, so the library never reports a claim collectable on a day that might already be too late.
 *
 * <p>For natural-person debtors two limits no interruption moves: final limitation of a contract-based money debt 20
 * years after the due date, 25 if the creditor is a natural person, counting at most 15 years before 1.1.2015 (VanhL
 * 13 a §, 1126/2014); and the end of enforceability 15 years (20 for a natural-person creditor or crime damages) after
 * the judgment (UK 2:24, time-barred by 2:27). How the two interact once a judgment exists is not settled in the spec
 * (UNCONFIRMED): the library applies the earlier of them, the conservative reading. Not modelled: the 10-year court
 * extension of UK 2:25, the one-year rule for proceedings withdrawn before service (11 §), debts without a due date
 * (8 §), damages (7 §), and dissolved companies (11 a §).
 */
public final class Limitation {

    private static final LocalDate FINAL_LIMITATION_IN_FORCE = LocalDate.of(2015, 1, 1);
    private static final int PRE_2015_YEARS_COUNTED = 15;

    /** The claim's limitation status on {@code day}, considering the events that happened by then. */
    public LimitationStatus statusOn(LimitationProfile claim, List<LimitationEvent> events, LocalDate day) {
        List<LimitationEvent> known = events.stream().filter(e -> !e.on().isAfter(day))
                .sorted(Comparator.comparing(LimitationEvent::on)).toList();
        List<String> steps = new ArrayList<>();
        LocalDate start = claim.dueDate();
        int years = 3;
        steps.add("3 years from the due date " + start + " (VanhL 4 §)");
        LocalDate judgment = null;
        boolean suspended = false;
        for (LimitationEvent event : known) {
            LocalDate lastDay = start.plusYears(years);
            if (event.on().isAfter(lastDay)) {
                steps.add(event.type().description() + " on " + event.on() + " came after the claim was time-barred on "
                        + lastDay.plusDays(1) + " and does not revive it");
                break;
            }
            if (event.type() == LimitationEventType.JUDGMENT) {
                judgment = event.on();
            }
            if (event.type().isLegalProcedure() && (event.endedOn() == null || event.endedOn().isAfter(day))) {
                suspended = true;
                steps.add("suspended by " + event.type().description() + " pending since " + event.on());
                break;
            }
            start = event.type().isLegalProcedure() ? event.endedOn() : event.on();
            years = judgment == null ? 3 : 5;
            steps.add("interrupted by " + event.type().description() + (event.type().isLegalProcedure()
                    ? " ended on " + start : " on " + start) + ": new period of " + years + " years"
                    + (years == 5 ? " (VanhL 13 § 2 mom)" : " (VanhL 13 § 1 mom)"));
        }
        LocalDate lastDayToInterrupt = suspended ? null : start.plusYears(years);
        LocalDate finalDay = finalDay(claim, judgment, steps);
        boolean collectable = (lastDayToInterrupt == null || !day.isAfter(lastDayToInterrupt))
                && (finalDay == null || !day.isAfter(finalDay));
        String verdict = collectable
                ? "May be collected on " + day + "."
                : "Must not be collected on " + day + ": the claim is time-barred (PerintäL 4 § 3 mom, VanhL 14 §).";
        String periods = lastDayToInterrupt == null ? ""
                : " Last day to interrupt: " + lastDayToInterrupt + ".";
        String absolute = finalDay == null ? "" : " Final day, whatever happens: " + finalDay + ".";
        return new LimitationStatus(collectable, lastDayToInterrupt, finalDay,
                verdict + periods + absolute + " " + String.join("; ", steps) + ".");
    }

    private static LocalDate finalDay(LimitationProfile claim, LocalDate judgment, List<String> steps) {
        if (!claim.debtorNaturalPerson()) {
            return null;
        }
        LocalDate finalDay = null;
        if (claim.contractBasedMoneyDebt()) {
            int years = claim.creditorNaturalPerson() ? 25 : 20;
            LocalDate byDueDate = claim.dueDate().plusYears(years);
            LocalDate byTransition = FINAL_LIMITATION_IN_FORCE.plusYears(years - PRE_2015_YEARS_COUNTED);
            finalDay = byDueDate.isAfter(byTransition) ? byDueDate : byTransition;
            steps.add("final limitation " + years + " years after the due date, at most 15 years before 1.1.2015 "
                    + "counted, on " + finalDay + " (VanhL 13 a §, 1126/2014)");
        }
        if (judgment != null) {
            int years = claim.creditorNaturalPerson() || claim.crimeDamages() ? 20 : 15;
            LocalDate titleEnds = judgment.plusYears(years);
            steps.add("the enforcement title of " + judgment + " ends after " + years + " years on " + titleEnds
                    + " (UK 2:24, 2:27)");
            if (finalDay == null || titleEnds.isBefore(finalDay)) {
                finalDay = titleEnds;
            }
        }
        return finalDay;
    }
}
