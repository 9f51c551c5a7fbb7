package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** A choice among items with relative weights, e.g. family names by their share of the population. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = List.copyOf(items);
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Every item equally likely. */
    @SafeVarargs
    static <T> Weighted<T> uniform(T... items) {
        Builder<T> builder = builder();
        for (T item : items) {
            builder.add(1, item);
        }
        return builder.build();
    }

    T pick(RandomGenerator random) {
        double point = random.nextDouble(cumulative[cumulative.length - 1]);
        int index = Arrays.binarySearch(cumulative, point);
        return items.get(index >= 0 ? index + 1 : -index - 1);
    }

    static final class Builder<T> {

        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(double weight, T item) {
            if (weight <= 0) {
                throw new IllegalArgumentException("Weight of " + item + " must be positive");
            }
            items.add(item);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new Weighted<>(items, cumulative);
        }
    }
}
