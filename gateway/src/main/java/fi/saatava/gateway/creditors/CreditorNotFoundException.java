package fi.saatava.gateway.creditors;

import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;

class CreditorNotFoundException extends NotFoundException {

    CreditorNotFoundException(UUID id) {
        super("No creditor with id " + id);
    }
}
