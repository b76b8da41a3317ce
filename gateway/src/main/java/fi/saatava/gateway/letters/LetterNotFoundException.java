package fi.saatava.gateway.letters;

import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;

class LetterNotFoundException extends NotFoundException {

    LetterNotFoundException(UUID id) {
        super("No letter with id " + id);
    }
}
