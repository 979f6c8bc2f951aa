package org.labourhub.risk.synthetic;

import java.io.IOException;
import java.util.SplittableRandom;

/** A synthetic household: what its children share (dwelling, head, spouse) and how many children it has. */
record Household(Territory territory, boolean rural, boolean indigenous, boolean migrant, int headSchooling,
                 boolean headAgriculture, boolean headSocialSecurity, int size, int spouseSchooling,
                 boolean femaleHead, boolean poverty, int children) {

    static final String[] SCHOOLING = {"none", "primary", "secondary", "tertiary"};

    static Household draw(Territory t, SplittableRandom r) {
        boolean rural = r.nextDouble() < t.rural();
        double u = r.nextDouble() + (rural ? 0.25 : -0.1);
        int schooling = u > 1.0 ? 0 : u > 0.6 ? 1 : u > 0.2 ? 2 : 3;
        int children = 1 + r.nextInt(4);
        return new Household(t, rural, r.nextDouble() < t.indigenous(), r.nextDouble() < t.migrant(), schooling,
                r.nextDouble() < (rural ? 0.6 : 0.1), r.nextDouble() < (rural ? 0.3 : 0.65),
                children + 1 + r.nextInt(6), r.nextInt(17), r.nextDouble() < 0.25,
                r.nextDouble() < t.poverty(), children);
    }

    Child child(SplittableRandom r, TrueModel model) {
        int age = 5 + r.nextInt(13);
        boolean male = r.nextBoolean();
        boolean school = r.nextDouble() < (rural ? 0.8 : 0.93) - (age >= 15 ? 0.1 : 0);
        double[] x = {1, male ? 1 : 0, age, flag(rural), flag(indigenous), flag(migrant), flag(school),
                flag(headSchooling == 0), flag(headSchooling == 1), flag(headSchooling == 3), flag(headAgriculture),
                flag(headSocialSecurity), size, spouseSchooling, flag(femaleHead), flag(poverty)};
        double eta = territory.effect();
        for (int j = 0; j < x.length; j++) {
            eta += x[j] * model.beta()[j];
        }
        return new Child(age, male, school, 1 / (1 + Math.exp(-eta)));
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    static void header(RowWriter out) throws IOException {
        out.text("rural").text("indigenous").text("migrant").text("attends_school").text("head_schooling")
                .text("head_agriculture").text("head_social_security").text("household_size")
                .text("spouse_schooling").text("female_head").text("poverty");
    }

    void writeCovariates(RowWriter out, Child child) throws IOException {
        out.integer(bit(rural)).integer(bit(indigenous)).integer(bit(migrant)).integer(bit(child.attendsSchool()))
                .text(SCHOOLING[headSchooling]).integer(bit(headAgriculture)).integer(bit(headSocialSecurity))
                .integer(size).integer(spouseSchooling).integer(bit(femaleHead)).integer(bit(poverty));
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
