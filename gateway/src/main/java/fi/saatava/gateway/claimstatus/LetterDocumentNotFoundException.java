package fi.saatava.gateway.claimstatus;

import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;

class LetterDocumentNotFoundException extends NotFoundException {

    LetterDocumentNotFoundException(UUID letterId) {
        super("The claim has no letter " + letterId + " with a document (a letter gets its PDF when it is rendered)");
    }
}
