package fi.saatava.gateway.batches;

import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.problem.FieldProblem;

/**
 * What became of a row: accepted with its claim (perhaps one submitted earlier under the same reference), or rejected
 * with each bad field.
 */
record RowResult(UUID claimId, boolean replayed, List<FieldProblem> errors) {

    static RowResult accepted(UUID claimId, boolean replayed) {
        return new RowResult(claimId, replayed, null);
    }

    static RowResult rejected(List<FieldProblem> errors) {
        return new RowResult(null, false, List.copyOf(errors));
    }

    boolean isAccepted() {
        return claimId != null;
    }
}
