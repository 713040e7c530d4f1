package dev.rapport.metrics.internal.analysis;

import com.google.common.base.Verify;

/** Pearson correlation and standardized regression weights for the scorecard analyses. */
public final class Correlations {

    private Correlations() {
    }

    /** Pearson's r of paired samples; 0 when either sample has no variation. */
    public static double pearson(double[] x, double[] y) {
        Verify.verify(x.length == y.length, "paired samples of different lengths");
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /**
     * Standardized regression weights β solving R β = r, R the predictors' correlation matrix and r their
     * correlations with the outcome (Gaussian elimination with partial pivoting). Returns null if R is singular.
     */
    public static double[] standardizedWeights(double[][] r, double[] ry) {
        int k = ry.length;
        double[][] a = new double[k][k + 1];
        for (int i = 0; i < k; i++) {
            System.arraycopy(r[i], 0, a[i], 0, k);
            a[i][k] = ry[i];
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int row = col + 1; row < k; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int row = 0; row < k; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[row][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[] beta = new double[k];
        for (int i = 0; i < k; i++) {
            beta[i] = a[i][k] / a[i][i];
        }
        return beta;
    }
}
