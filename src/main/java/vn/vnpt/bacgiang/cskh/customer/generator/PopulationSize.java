package vn.vnpt.bacgiang.cskh.customer.generator;

/** The two generated data sets: the run command's demo customers and the province-scale benchmark. */
enum PopulationSize {
    SMALL(5_000), PROVINCE(1_000_000);

    private final int customers;

    PopulationSize(int customers) {
        this.customers = customers;
    }

    int customers() {
        return customers;
    }
}
