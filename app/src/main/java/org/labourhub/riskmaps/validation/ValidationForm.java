package org.labourhub.riskmaps.validation;

/** Which file, which of its columns gives the territory and which the rate, and on what scale the rate is. */
public class ValidationForm {

    static final java.util.List<String> SCALES = java.util.List.of("PROPORTION", "PERCENT");

    private Long datasetId;
    private String territoryColumn = "";
    private String rateColumn = "";
    private String scale = "PROPORTION";

    public Long getDatasetId() { return datasetId; }
    public void setDatasetId(Long datasetId) { this.datasetId = datasetId; }
    public String getTerritoryColumn() { return territoryColumn; }
    public void setTerritoryColumn(String territoryColumn) { this.territoryColumn = territoryColumn == null ? "" : territoryColumn; }
    public String getRateColumn() { return rateColumn; }
    public void setRateColumn(String rateColumn) { this.rateColumn = rateColumn == null ? "" : rateColumn; }
    public String getScale() { return scale; }
    public void setScale(String scale) { this.scale = scale; }
}
