package fi.saatava.gateway.creditors;

import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;

class ApiKeyNotFoundException extends NotFoundException {

    ApiKeyNotFoundException(UUID id) {
        super("The creditor has no API key with id " + id);
    }
}
