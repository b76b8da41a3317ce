package fi.saatava.simulators.court;

import java.util.List;

/** The district courts that hear summary civil cases (OK 10:17 a, 439/2018; spec §8). */
final class SummaryCourts {

    static final List<String> NAMES = List.of(
            "Ahvenanmaan käräjäoikeus", "Helsingin käräjäoikeus", "Itä-Uudenmaan käräjäoikeus",
            "Kymenlaakson käräjäoikeus", "Lapin käräjäoikeus", "Oulun käräjäoikeus", "Pirkanmaan käräjäoikeus",
            "Pohjanmaan käräjäoikeus", "Varsinais-Suomen käräjäoikeus");

    private SummaryCourts() {
    }
}
