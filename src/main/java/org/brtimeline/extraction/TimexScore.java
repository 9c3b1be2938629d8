package org.brtimeline.extraction;

/**
 * TempEval-3's measures for one set of documents (or one gold type): extent precision, recall
 * and F1, strict (same offsets) and relaxed (any overlap); type and value accuracy over the
 * relaxed matches; value F1 = relaxed F1 × value accuracy. Besides them, not a TempEval-3 measure: the values
 * that agree once the gold's unresolved placeholders are accepted ({@link TimemlEvaluation#fillsPlaceholders}).
 */
public record TimexScore(
        int gold,
        int system,
        int strictSystem,
        int strictGold,
        int relaxedSystem,
        int relaxedGold,
        int pairs,
        int typeCorrect,
        int valueCorrect,
        int valueCompatible) {

    public static final TimexScore EMPTY = new TimexScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public TimexScore plus(TimexScore o) {
        return new TimexScore(
                gold + o.gold,
                system + o.system,
                strictSystem + o.strictSystem,
                strictGold + o.strictGold,
                relaxedSystem + o.relaxedSystem,
                relaxedGold + o.relaxedGold,
                pairs + o.pairs,
                typeCorrect + o.typeCorrect,
                valueCorrect + o.valueCorrect,
                valueCompatible + o.valueCompatible);
    }

    public double strictPrecision() {
        return ratio(strictSystem, system);
    }

    public double strictRecall() {
        return ratio(strictGold, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedSystem, system);
    }

    public double relaxedRecall() {
        return ratio(relaxedGold, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeAccuracy() {
        return ratio(typeCorrect, pairs);
    }

    public double valueAccuracy() {
        return ratio(valueCorrect, pairs);
    }

    public double valueF1() {
        return relaxedF1() * valueAccuracy();
    }

    /** Value F1 with a value counted right when it fills the gold's placeholders ("1989-W43" for "1989-WXX"). */
    public double compatibleValueF1() {
        return relaxedF1() * ratio(valueCompatible, pairs);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
