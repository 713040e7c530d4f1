package dev.rapport.metrics;

class GeometricMeanContractTest implements ScoringStrategyContract {
    @Override
    public ScoringStrategy strategy() {
        return ScoringStrategy.geometricMean();
    }
}
