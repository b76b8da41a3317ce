package fi.saatava.gateway.clientfunds;

import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Operators download a credit transfer file to upload it to the bank. */
@RestController
class CreditTransferFileController {

    private final CreditTransferFiles files;

    CreditTransferFileController(CreditTransferFiles files) {
        this.files = files;
    }

    @GetMapping(path = "/api/admin/credit-transfer-files/{id}", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        CreditTransferFiles.StoredFile file = files.find(id).orElseThrow(() -> new FileNotFound(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.messageId() + ".xml\"")
                .body(files.content(id).orElseThrow());
    }

    static class FileNotFound extends NotFoundException {
        FileNotFound(UUID id) {
            super("There is no credit transfer file " + id);
        }
    }
}
