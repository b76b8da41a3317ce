package fi.saatava.gateway.claimstatus;

import java.util.List;

/** One page of claims, with what it takes to ask for the others. */
record ClaimPage(List<ClaimSummary> items, int page, int size, long totalItems, int totalPages) {
}
