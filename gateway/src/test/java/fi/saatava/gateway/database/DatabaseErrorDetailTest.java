package fi.saatava.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;

import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Database errors end up in logs: they must not carry the values of the row that failed. */
@GatewayTest
class DatabaseErrorDetailTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailingRowsIdentityCodeIsNotInTheException() {
        Throwable failure = catchThrowable(() -> jdbc.sql("""
                insert into saatava.debtor (id, claim_id, debtor_type, name, identity_code, street, postal_code, city,
                                            country, language)
                values (:id, :claimId, 'CONSUMER', 'Maija Meikäläinen', :identityCode, 'Kotikatu 1', '00100',
                        'Helsinki', 'Finland', 'fi')""")
                .param("id", UUID.randomUUID())
                .param("claimId", UUID.randomUUID())
                .param("identityCode", ClaimJson.VALID_HETU)
                .update());

        assertThat(failure).isInstanceOf(DataIntegrityViolationException.class);
        StringWriter logged = new StringWriter();
        failure.printStackTrace(new PrintWriter(logged));
        assertThat(logged.toString()).contains("debtor_country_check").doesNotContain(ClaimJson.VALID_HETU);
    }
}
