package fi.saatava.worker.courtsummons;

import java.util.Locale;
import java.util.Map;

import fi.saatava.worker.courtsummons.gateway.SummonsApplication.Domicile;
import fi.saatava.worker.kit.task.PermanentFailureException;

/**
 * The district court that hears a summary case against a defendant with this domicile (OK 10:1, 10:17 a; spec §8):
 * one of the nine courts, by region (maakunta) as the Government decree on their areas sets them, with Helsinki and
 * Pyhtää as the decree's two municipal exceptions. An agency that files everything in one court sets
 * {@code saatava.court-summons.court} instead.
 */
final class CompetentCourt {

    static final String AHVENANMAA = "Ahvenanmaan käräjäoikeus";
    static final String HELSINKI = "Helsingin käräjäoikeus";
    static final String ITA_UUSIMAA = "Itä-Uudenmaan käräjäoikeus";
    static final String KYMENLAAKSO = "Kymenlaakson käräjäoikeus";
    static final String LAPPI = "Lapin käräjäoikeus";
    static final String OULU = "Oulun käräjäoikeus";
    static final String PIRKANMAA = "Pirkanmaan käräjäoikeus";
    static final String POHJANMAA = "Pohjanmaan käräjäoikeus";
    static final String VARSINAIS_SUOMI = "Varsinais-Suomen käräjäoikeus";

    private static final Map<String, String> BY_REGION = Map.ofEntries(
            Map.entry("ahvenanmaa", AHVENANMAA),
            Map.entry("uusimaa", ITA_UUSIMAA),
            Map.entry("kymenlaakso", KYMENLAAKSO), Map.entry("pohjois-karjala", KYMENLAAKSO),
            Map.entry("pohjois-savo", KYMENLAAKSO), Map.entry("päijät-häme", KYMENLAAKSO),
            Map.entry("etelä-karjala", KYMENLAAKSO), Map.entry("etelä-savo", KYMENLAAKSO),
            Map.entry("kainuu", LAPPI), Map.entry("lappi", LAPPI),
            Map.entry("pohjois-pohjanmaa", OULU),
            Map.entry("pirkanmaa", PIRKANMAA), Map.entry("satakunta", PIRKANMAA),
            Map.entry("keski-suomi", POHJANMAA), Map.entry("keski-pohjanmaa", POHJANMAA),
            Map.entry("etelä-pohjanmaa", POHJANMAA), Map.entry("pohjanmaa", POHJANMAA),
            Map.entry("varsinais-suomi", VARSINAIS_SUOMI), Map.entry("kanta-häme", VARSINAIS_SUOMI));

    private final String configured;

    CompetentCourt(String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured.trim();
    }

    /** The court to file in, and the grounds of its jurisdiction as the application states them (OK 5:2 5 k). */
    Choice choose(Domicile domicile) {
        if (configured != null) {
            return new Choice(configured, "Configured court for summary cases (OK 10:17 a)");
        }
        String court = courtFor(domicile);
        return new Choice(court, "OK 10:1 and 10:17 a: the defendant's domicile " + domicile.municipality()
                + " (" + domicile.region() + ")");
    }

    private static String courtFor(Domicile domicile) {
        if (domicile == null || domicile.municipality() == null || domicile.region() == null) {
            throw new PermanentFailureException("The defendant's domicile (municipality and region) is unknown: cannot "
                    + "choose the competent court; set saatava.court-summons.court or complete the debtor's data");
        }
        String municipality = domicile.municipality().trim().toLowerCase(Locale.ROOT);
        if (municipality.equals("helsinki")) {
            return HELSINKI;
        }
        if (municipality.equals("pyhtää")) {
            return ITA_UUSIMAA;
        }
        String court = BY_REGION.get(domicile.region().trim().toLowerCase(Locale.ROOT));
        if (court == null) {
            throw new PermanentFailureException("Unknown region '" + domicile.region()
                    + "': cannot choose the competent court for a summary case");
        }
        return court;
    }

    record Choice(String court, String jurisdiction) {
    }
}
