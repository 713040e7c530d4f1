package dev.rapport.metrics;

class WeightedAverageContractTest implements ScoringStrategyContract {
    @Override
    public ScoringStrategy strategy() {
        return ScoringStrategy.weightedAverage();
    }
}
