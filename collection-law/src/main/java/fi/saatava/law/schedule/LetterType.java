package fi.saatava.law.schedule;

/** The collection letters whose timing the law sets (spec §2.2, §2.7, §3.3). Names match the process contract. */
public enum LetterType {
    REMINDER,
    FIRST_DEMAND,
    SECOND_DEMAND,
    /** Other claims only (PerintäL 7 §). */
    TRATTA
}
