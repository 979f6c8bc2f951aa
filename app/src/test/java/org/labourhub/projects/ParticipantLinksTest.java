package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.directory.OrganisationType;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantLinksTest {

    private static final ParticipantLinks LINKS = ParticipantLinks.of(List.of(
            organisation(1, "USDOL", "United States Department of Labor", "Departamento de Trabajo de los Estados Unidos"),
            organisation(2, "ILO", "International Labour Organization", "Organización Internacional del Trabajo"),
            organisation(3, "MTPS", "Ministry of Labour and Social Welfare", "Ministerio de Trabajo y Previsión Social"),
            organisation(4, "MTPS", "Ministry of Labour and Social Security", "Ministerio de Trabajo y Previsión Social de Otro País")));

    @Test
    void aNameOrAcronymInAnyLanguageLinksCaseAccentsPunctuationAndSpacingAside() {
        assertThat(LINKS.organisationOf(participant("departamento de trabajo de los  Estados Unidos"))).isEqualTo(1);
        assertThat(LINKS.organisationOf(participant("usdol"))).isEqualTo(1);
        assertThat(LINKS.organisationOf(participant("ORGANIZACION INTERNACIONAL DEL TRABAJO."))).isEqualTo(2);
        assertThat(LINKS.organisationOf(participant("International Labour Organization (ILO)"))).isNull();
    }

    @Test
    void aNameTwoOrganisationsShareLinksToNeitherButTheirOwnNamesStillLink() {
        assertThat(LINKS.organisationOf(participant("MTPS"))).isNull();
        assertThat(LINKS.organisationOf(participant("Ministerio de Trabajo y Previsión Social"))).isEqualTo(3);
    }

    @Test
    void aLinkTheSourceGaveIsKept() {
        var linked = new Project.Participant(ParticipantRole.FUNDING, null, "USDOL", null, 9L);
        assertThat(LINKS.organisationOf(linked)).isEqualTo(9);
        assertThat(ParticipantLinks.NONE.organisationOf(participant("USDOL"))).isNull();
    }

    private static Project.Participant participant(String name) {
        return new Project.Participant(ParticipantRole.FUNDING, null, name, null, null);
    }

    private static OrganisationRef organisation(long id, String acronym, String english, String spanish) {
        return new OrganisationRef(id, acronym.toLowerCase() + id, OrganisationType.MINISTRY_OF_LABOUR, acronym,
                new MultilingualText(Language.EN, Map.of(Language.EN, english, Language.ES, spanish)), null);
    }
}
