package org.labourhub.riskmaps.index;

import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.Labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index form: the table and its territory column, each of its numeric columns as a possible indicator (chosen
 * or not, which way it points, its expert weight, its name in the four languages), how to normalise and weigh, the
 * levels, and the boundaries to draw it on.
 */
public class IndexForm {

    private String country = "";
    private Long datasetId;
    private String title = "";
    private String territoryColumn = "";
    private String normalisation = "MIN_MAX";
    private String weighting = "EQUAL";
    private int levels = 3;
    private String levelMethod = "NATURAL_BREAKS";
    private Long boundarySetId;
    private List<IndicatorRow> indicators = new ArrayList<>();

    /** The form for a table: its first column as the territories' codes, its other numeric columns as indicators. */
    static IndexForm of(Dataset dataset) {
        var form = new IndexForm();
        form.country = dataset.country();
        form.datasetId = dataset.id();
        form.title = dataset.name();
        form.territoryColumn = dataset.variables().stream().findFirst().map(DatasetVariable::name).orElse("");
        for (DatasetVariable v : dataset.variables()) {
            if (v.numeric() && !v.name().equals(form.territoryColumn)) {
                form.indicators.add(IndicatorRow.of(v));
            }
        }
        return form;
    }

    List<IndicatorRow> chosen() {
        return indicators.stream().filter(IndicatorRow::isChosen).toList();
    }

    /** One column of the table as an indicator of the index. */
    public static class IndicatorRow {

        private String column = "";
        private boolean chosen;
        private boolean higherIsRiskier = true;
        private String weight = "1";
        private String en = "";
        private String es = "";
        private String fr = "";
        private String pt = "";

        static IndicatorRow of(DatasetVariable v) {
            var row = new IndicatorRow();
            row.column = v.name();
            String shown = v.label() == null || v.label().isBlank() ? v.name() : v.label();
            row.en = shown;
            row.es = shown;
            row.fr = shown;
            row.pt = shown;
            return row;
        }

        Labels labels() {
            var given = new LinkedHashMap<String, String>();
            Map.of("en", en, "es", es, "fr", fr, "pt", pt).forEach((language, name) -> {
                if (!name.isBlank()) {
                    given.put(language, name.strip());
                }
            });
            return new Labels(column, given);
        }

        public String getColumn() { return column; }
        public void setColumn(String column) { this.column = column == null ? "" : column; }
        public boolean isChosen() { return chosen; }
        public void setChosen(boolean chosen) { this.chosen = chosen; }
        public boolean isHigherIsRiskier() { return higherIsRiskier; }
        public void setHigherIsRiskier(boolean higherIsRiskier) { this.higherIsRiskier = higherIsRiskier; }
        public String getWeight() { return weight; }
        public void setWeight(String weight) { this.weight = weight == null ? "" : weight.strip(); }
        public String getEn() { return en; }
        public void setEn(String en) { this.en = en == null ? "" : en; }
        public String getEs() { return es; }
        public void setEs(String es) { this.es = es == null ? "" : es; }
        public String getFr() { return fr; }
        public void setFr(String fr) { this.fr = fr == null ? "" : fr; }
        public String getPt() { return pt; }
        public void setPt(String pt) { this.pt = pt == null ? "" : pt; }
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT); }
    public Long getDatasetId() { return datasetId; }
    public void setDatasetId(Long datasetId) { this.datasetId = datasetId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title; }
    public String getTerritoryColumn() { return territoryColumn; }
    public void setTerritoryColumn(String territoryColumn) { this.territoryColumn = territoryColumn == null ? "" : territoryColumn; }
    public String getNormalisation() { return normalisation; }
    public void setNormalisation(String normalisation) { this.normalisation = normalisation; }
    public String getWeighting() { return weighting; }
    public void setWeighting(String weighting) { this.weighting = weighting; }
    public int getLevels() { return levels; }
    public void setLevels(int levels) { this.levels = levels; }
    public String getLevelMethod() { return levelMethod; }
    public void setLevelMethod(String levelMethod) { this.levelMethod = levelMethod; }
    public Long getBoundarySetId() { return boundarySetId; }
    public void setBoundarySetId(Long boundarySetId) { this.boundarySetId = boundarySetId; }
    public List<IndicatorRow> getIndicators() { return indicators; }
    public void setIndicators(List<IndicatorRow> indicators) { this.indicators = indicators == null ? new ArrayList<>() : indicators; }
}
