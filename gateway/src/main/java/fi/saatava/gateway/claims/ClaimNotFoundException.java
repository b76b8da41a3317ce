package fi.saatava.gateway.claims;

import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;

public class ClaimNotFoundException extends NotFoundException {

    public ClaimNotFoundException(UUID id) {
        super("No claim with id " + id);
    }
}
