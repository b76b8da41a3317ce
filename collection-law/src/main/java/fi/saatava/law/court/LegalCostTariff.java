package fi.saatava.law.court;

/**
 * The tariff of recoverable legal costs in undisputed debt cases (OM asetus 1311/2001 as amended by 425/2012, OK 21:8 c;
 * spec §8).
 */
public enum LegalCostTariff {
    /** Perustaksa. */
    BASIC,
    /**
     * Korkea taksa: settlement talks, complex interest or securities, bulk assigned claims. The application must state
     * why (7 §).
     */
    HIGH
}
