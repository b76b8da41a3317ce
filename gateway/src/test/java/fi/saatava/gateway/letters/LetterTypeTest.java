package fi.saatava.gateway.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import fi.saatava.process.ProcessContract;
import org.junit.jupiter.api.Test;

class LetterTypeTest {

    @Test
    void theGatewayKnowsExactlyTheLetterTypesOfTheProcessContract() throws IllegalAccessException {
        Field[] fields = ProcessContract.LetterTypes.class.getDeclaredFields();
        String[] contractTypes = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            assertThat(Modifier.isStatic(fields[i].getModifiers())).isTrue();
            contractTypes[i] = (String) fields[i].get(null);
        }

        assertThat(Arrays.stream(LetterType.values()).map(Enum::name)).containsExactlyInAnyOrder(contractTypes);
    }
}
