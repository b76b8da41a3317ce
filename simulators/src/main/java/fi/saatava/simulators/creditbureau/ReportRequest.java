package fi.saatava.simulators.creditbureau;

/** Body of {@code POST /credit-bureau/v1/reports}. */
public record ReportRequest(String subjectType, String identityCode, String purpose) {
}
