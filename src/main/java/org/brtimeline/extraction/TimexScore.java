package org.brtimeline.extraction;

/**
 * TempEval-3's measures for one set of documents (or one gold type): extent precision, recall
 * and F1, strict (same offsets) and relaxed (any overlap); type and value accuracy over the
 * relaxed matches; value F1 = relaxed F1 × value accuracy.
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
        int valueCorrect) {

    public static final TimexScore EMPTY = new TimexScore(0, 0, 0, 0, 0, 0, 0, 0, 0);

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
                valueCorrect + o.valueCorrect);
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

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
