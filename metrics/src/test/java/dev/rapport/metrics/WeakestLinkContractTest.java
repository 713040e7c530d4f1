package dev.rapport.metrics;

class WeakestLinkContractTest implements ScoringStrategyContract {
    @Override
    public ScoringStrategy strategy() {
        return ScoringStrategy.weakestLink();
    }
}
