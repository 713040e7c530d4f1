package dev.rapport.metrics;

class ZScoreContractTest implements ScoringStrategyContract {
    @Override
    public ScoringStrategy strategy() {
        return ScoringStrategy.zScore();
    }
}
