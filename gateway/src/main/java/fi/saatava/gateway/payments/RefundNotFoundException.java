package fi.saatava.gateway.payments;

import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;

/** No refund with the id the request names. */
public class RefundNotFoundException extends NotFoundException {

    public RefundNotFoundException(UUID id) {
        super("There is no refund " + id);
    }
}
