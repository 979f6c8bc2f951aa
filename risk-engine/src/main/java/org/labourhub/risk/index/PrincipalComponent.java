package org.labourhub.risk.index;

/** The leading eigenvector of a symmetric matrix by the cyclic Jacobi method, signed so its sum is positive. */
final class PrincipalComponent {

    private PrincipalComponent() {
    }

    static double[] first(double[][] symmetric) {
        int k = symmetric.length;
        double[][] a = new double[k][];
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            a[i] = symmetric[i].clone();
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100 && offDiagonal(a) > 1e-22; sweep++) {
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        int best = 0;
        for (int i = 1; i < k; i++) {
            if (a[i][i] > a[best][best]) {
                best = i;
            }
        }
        double[] vector = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            vector[i] = v[i][best];
            sum += vector[i];
        }
        if (sum < 0) {
            for (int i = 0; i < k; i++) {
                vector[i] = -vector[i];
            }
        }
        return vector;
    }

    private static double offDiagonal(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                s += i == j ? 0 : a[i][j] * a[i][j];
            }
        }
        return s;
    }

    private static void rotate(double[][] a, double[][] v, int p, int q) {
        if (Math.abs(a[p][q]) < 1e-300) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1), s = t * c;
        int k = a.length;
        for (int r = 0; r < k; r++) {
            double arp = a[r][p], arq = a[r][q];
            a[r][p] = c * arp - s * arq;
            a[r][q] = s * arp + c * arq;
        }
        for (int r = 0; r < k; r++) {
            double apr = a[p][r], aqr = a[q][r];
            a[p][r] = c * apr - s * aqr;
            a[q][r] = s * apr + c * aqr;
        }
        for (int r = 0; r < k; r++) {
            double vrp = v[r][p], vrq = v[r][q];
            v[r][p] = c * vrp - s * vrq;
            v[r][q] = s * vrp + c * vrq;
        }
    }
}
