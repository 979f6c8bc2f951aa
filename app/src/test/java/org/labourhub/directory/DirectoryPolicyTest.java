package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.platform.Constituency;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryPolicyTest {

    private final DirectoryPolicy policy = new DirectoryPolicy();
    private final Actor focalGt = new Actor("focal.gt", Role.FOCAL_POINT, "GT", Constituency.GOVERNMENT);
    private final Actor secretariat = new Actor("secretariat", Role.SECRETARIAT, null, null);
    private final Actor analyst = new Actor("analyst", Role.ANALYST, null, null);

    @Test
    void aFocalPointEditsItsOwnCountryOnly() {
        assertThat(policy.mayEditCountry(focalGt, "GT")).isTrue();
        assertThat(policy.mayEditCountry(focalGt, "PE")).isFalse();
        assertThat(policy.mayEditRecordOf(focalGt, null)).as("international bodies").isFalse();
        assertThatThrownBy(() -> policy.checkRecordOf(focalGt, "GT", "PE")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecretariatEditsEverythingAndAnalystsAndAnonymousReadersNothing() {
        assertThatCode(() -> policy.checkRecordOf(secretariat, "PE", null)).doesNotThrowAnyException();
        for (Actor reader : new Actor[]{analyst, Actor.ANONYMOUS}) {
            assertThat(policy.mayEditCountry(reader, "GT")).isFalse();
            assertThat(policy.mayAdd(reader)).isFalse();
            assertThatThrownBy(() -> policy.checkCountry(reader, "GT")).isInstanceOf(AccessDeniedException.class);
        }
    }
}
