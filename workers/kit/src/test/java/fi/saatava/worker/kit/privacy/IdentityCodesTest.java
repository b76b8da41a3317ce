package fi.saatava.worker.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityCodesTest {

    @Test
    void masksAllButTheLastCharacterAndKeepsSeparators() {
        assertThat(IdentityCodes.mask("131052-308T")).isEqualTo("******-***T");
        assertThat(IdentityCodes.mask("2077474-0")).isEqualTo("*******-0");
    }

    @Test
    void neverFailsOnMissingInput() {
        assertThat(IdentityCodes.mask(null)).isEqualTo("(none)");
        assertThat(IdentityCodes.mask("")).isEqualTo("(none)");
    }
}
