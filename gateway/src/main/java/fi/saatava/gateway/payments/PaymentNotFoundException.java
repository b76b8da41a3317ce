package fi.saatava.gateway.payments;

import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;

/** No payment with the id the request names. */
public class PaymentNotFoundException extends NotFoundException {

    public PaymentNotFoundException(UUID id) {
        super("There is no payment " + id);
    }
}
