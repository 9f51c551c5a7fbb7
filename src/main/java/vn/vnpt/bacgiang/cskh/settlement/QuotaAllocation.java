package vn.vnpt.bacgiang.cskh.settlement;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a centre line's amount over the executing units in proportion to their weights (their quotas)
 * by the largest remainder: each unit gets the whole đồng below its exact part, and the đồng left over go
 * one each to the largest remainders (the earlier unit first on a tie), so the parts always add up to the
 * amount. Without any weight the amount is split evenly.
 */
final class QuotaAllocation {

    private QuotaAllocation() {
    }

    static List<Long> split(long amount, List<Long> weights) {
        if (weights.isEmpty()) {
            return List.of();
        }
        List<Long> used = weights.stream().mapToLong(Long::longValue).sum() > 0 ? weights
                : weights.stream().map(weight -> 1L).toList();
        BigInteger total = BigInteger.valueOf(used.stream().mapToLong(Long::longValue).sum());
        BigInteger whole = BigInteger.valueOf(amount);
        List<Long> parts = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        long given = 0;
        for (long weight : used) {
            BigInteger[] part = whole.multiply(BigInteger.valueOf(weight)).divideAndRemainder(total);
            parts.add(part[0].longValueExact());
            remainders.add(part[1]);
            given += part[0].longValueExact();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int i = 0; i < amount - given; i++) {
            int unit = order.get(i);
            parts.set(unit, parts.get(unit) + 1);
        }
        return parts;
    }
}
