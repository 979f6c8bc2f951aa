package org.labourhub.directory;

import org.junit.jupiter.api.Test;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.labourhub.directory.OrganisationType.*;

class DirectoryPolicyTest {

    private final DirectoryPolicy policy = new DirectoryPolicy();
    private final Actor focalGt = new Actor("focal.gt", Role.FOCAL_POINT, "GT", Constituency.GOVERNMENT);
    private final Actor workersBr = new Actor("focal.br.workers", Role.FOCAL_POINT, "BR", Constituency.WORKERS);
    private final Actor secretariat = new Actor("secretariat", Role.SECRETARIAT, null, null);
    private final Actor analyst = new Actor("analyst", Role.ANALYST, null, null);

    @Test
    void aFocalPointKeepsTheOrganisationsOfItsOwnCountryAndConstituencyOnly() {
        assertThat(policy.mayEditOrganisation(focalGt, MINISTRY_OF_LABOUR, "GT")).isTrue();
        assertThat(policy.mayEditOrganisation(focalGt, DONOR_AGENCY, "GT")).as("a national cooperation agency").isTrue();
        assertThat(policy.mayEditOrganisation(focalGt, EMPLOYERS, "GT")).isFalse();
        assertThat(policy.mayEditOrganisation(focalGt, MINISTRY_OF_LABOUR, "PE")).isFalse();
        assertThat(policy.mayEditOrganisation(workersBr, WORKERS, "BR")).isTrue();
        assertThat(policy.mayEditOrganisation(workersBr, MINISTRY_OF_LABOUR, "BR")).isFalse();
        for (OrganisationType onlyTheSecretariat : List.of(CIVIL_SOCIETY, ACADEMIA, INTERNATIONAL)) {
            assertThat(policy.mayEditOrganisation(focalGt, onlyTheSecretariat, "GT")).isFalse();
            assertThat(policy.mayEditOrganisation(secretariat, onlyTheSecretariat, "GT")).isTrue();
        }
        assertThat(policy.mayEditOrganisation(focalGt, MINISTRY_OF_LABOUR, null)).as("no country").isFalse();
    }

    @Test
    void aPersonIsScopedByCountryOrganisationAndRoles() {
        var ministryBr = new OrganisationRef(1, "mol-br", MINISTRY_OF_LABOUR, "MTE", MultilingualText.of(Language.FR, "MTE"), "BR");
        var governmentRoleBr = new FocalPoint(1L, 1, "BR", Constituency.GOVERNMENT, null, null, 0);
        assertThat(policy.mayEditPerson(workersBr, "BR", ministryBr, List.of())).isFalse();
        assertThat(policy.mayEditPerson(workersBr, "BR", null, List.of(governmentRoleBr))).isFalse();
        assertThat(policy.mayEditPerson(workersBr, "BR", null, List.of())).as("a person with no organisation nor role").isTrue();
        assertThat(policy.mayEditPerson(focalGt, "GT", ministryBr, List.of())).as("into another country's ministry").isFalse();
        assertThat(policy.mayEditPerson(secretariat, "BR", ministryBr, List.of(governmentRoleBr))).isTrue();
    }

    @Test
    void rolesByCountryAndConstituencyAndTheProfileByTheGovernmentFocalPoint() {
        assertThat(policy.mayEditRole(workersBr, "BR", Constituency.WORKERS)).isTrue();
        assertThat(policy.mayEditRole(workersBr, "BR", Constituency.GOVERNMENT)).isFalse();
        assertThat(policy.mayEditRole(focalGt, "BR", Constituency.GOVERNMENT)).isFalse();
        assertThat(policy.mayEditProfile(focalGt, "GT")).isTrue();
        assertThat(policy.mayEditProfile(workersBr, "BR")).isFalse();
        assertThat(policy.mayEditProfile(secretariat, "BR")).isTrue();
    }

    @Test
    void contactDetailsForTheSecretariatAndTheFocalPointsOfThePersonsCountry() {
        assertThat(policy.mayReadContacts(secretariat, "BR")).isTrue();
        assertThat(policy.mayReadContacts(workersBr, "BR")).isTrue();
        assertThat(policy.mayReadContacts(focalGt, "BR")).isFalse();
        assertThat(policy.mayReadContacts(focalGt, null)).isFalse();
        assertThat(policy.mayReadContacts(analyst, "BR")).isFalse();
        assertThat(policy.mayReadContacts(Actor.ANONYMOUS, "BR")).isFalse();
    }

    @Test
    void analystsAndAnonymousReadersChangeNothing() {
        for (Actor reader : new Actor[]{analyst, Actor.ANONYMOUS}) {
            assertThat(policy.mayAdd(reader)).isFalse();
            assertThat(policy.mayAddTo(reader, "GT")).isFalse();
            assertThat(policy.mayEditProfile(reader, "GT")).isFalse();
            assertThat(policy.mayEditOrganisation(reader, MINISTRY_OF_LABOUR, "GT")).isFalse();
            assertThatThrownBy(() -> DirectoryPolicy.require(policy.mayEditProfile(reader, "GT"), reader, "GT"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
