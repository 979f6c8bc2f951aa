package org.labourhub.riskmaps.runs;

/** The new-run form as the browser sends it: ids of the chosen files, mappings, definition and boundaries. */
public class NewRunForm {

    private String country = "";
    private String title = "";
    private Long surveyId;
    private Long censusId;
    private Long surveyMappingId;
    private Long censusMappingId;
    private Long definitionId;
    private Long boundarySetId;
    private int levels = 3;
    private String levelMethod = "NATURAL_BREAKS";
    private String blankOutcomes = "REFUSE";
    private boolean stopOnGap;

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country == null ? "" : country; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title; }
    public Long getSurveyId() { return surveyId; }
    public void setSurveyId(Long surveyId) { this.surveyId = surveyId; }
    public Long getCensusId() { return censusId; }
    public void setCensusId(Long censusId) { this.censusId = censusId; }
    public Long getSurveyMappingId() { return surveyMappingId; }
    public void setSurveyMappingId(Long surveyMappingId) { this.surveyMappingId = surveyMappingId; }
    public Long getCensusMappingId() { return censusMappingId; }
    public void setCensusMappingId(Long censusMappingId) { this.censusMappingId = censusMappingId; }
    public Long getDefinitionId() { return definitionId; }
    public void setDefinitionId(Long definitionId) { this.definitionId = definitionId; }
    public Long getBoundarySetId() { return boundarySetId; }
    public void setBoundarySetId(Long boundarySetId) { this.boundarySetId = boundarySetId; }
    public int getLevels() { return levels; }
    public void setLevels(int levels) { this.levels = levels; }
    public String getLevelMethod() { return levelMethod; }
    public void setLevelMethod(String levelMethod) { this.levelMethod = levelMethod; }
    public String getBlankOutcomes() { return blankOutcomes; }
    public void setBlankOutcomes(String blankOutcomes) { this.blankOutcomes = blankOutcomes; }
    public boolean isStopOnGap() { return stopOnGap; }
    public void setStopOnGap(boolean stopOnGap) { this.stopOnGap = stopOnGap; }
}
