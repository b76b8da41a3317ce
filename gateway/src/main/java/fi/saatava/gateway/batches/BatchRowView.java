package fi.saatava.gateway.batches;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.saatava.gateway.problem.FieldProblem;

/**
 * One row's result.
 *
 * @param row      1 for the batch's first claim (in CSV, the record after the header)
 * @param status   PENDING, ACCEPTED or REJECTED
 * @param claimId  ACCEPTED: the claim
 * @param replayed ACCEPTED: whether the claim was submitted earlier under the same reference and content
 * @param errors   REJECTED: each bad field, named by its path in the claim (as {@code POST /api/v1/claims} names it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchRowView(int row, String status, UUID claimId, Boolean replayed, List<FieldProblem> errors) {
}
