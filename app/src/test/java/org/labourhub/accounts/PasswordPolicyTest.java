package org.labourhub.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void aLongUnrelatedPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problems("amber orchard quartet sails", "focal.cr", "Focal point")).isEmpty();
        assertThat(PasswordPolicy.problems("contraseña-del-ministerio-ñandú", "focal.cr", "Focal point")).isEmpty();
    }

    @Test
    void shortPasswordsAreRefusedWhateverTheirCharacters() {
        assertThat(keys("Tr0ub4dor&3x!", "someone", "Someone")).containsExactly("accounts.password.short");
    }

    @Test
    void commonRepeatedOrSequentialPasswordsAreRefused() {
        for (String guessable : new String[]{"aaaaaaaaaaaaaaaa", "passwordpassword", "Password1234567!", "123456789012345",
                "abcdefghijklmnop", "qwertyuiopqwertyuiop", "football!!!!!!!!", "labourhub-demo-2026"}) {
            assertThat(keys(guessable, "someone", "Someone")).as(guessable).contains("accounts.password.common");
        }
    }

    @Test
    void theUsernameOrTheAccountsNameIsNotAPassword() {
        assertThat(keys("focal.guatemala.2026", "focal.guatemala", "Focal point")).containsExactly("accounts.password.personal");
        assertThat(keys("Government Focal Point", "focal.gt", "Government focal point")).containsExactly("accounts.password.personal");
    }

    @Test
    void aPasswordTheHasherWouldCutIsRefusedAndNamed() {
        assertThat(keys("ñ".repeat(40), "someone", "Someone")).contains("accounts.password.long");
        assertThat(PasswordPolicy.fitsTheHasher("x".repeat(72))).isTrue();
        assertThat(PasswordPolicy.fitsTheHasher("x".repeat(73))).isFalse();
    }

    private static java.util.List<String> keys(String password, String username, String name) {
        return PasswordPolicy.problems(password, username, name).stream().map(PasswordPolicy.Problem::key).toList();
    }
}
