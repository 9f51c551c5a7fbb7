package vn.vnpt.bacgiang.cskh.customer;

/** Told every thousand rows how far an import has come; what it throws stops the import. */
@FunctionalInterface
public interface ImportProgress {

    /** {@code fractionDone} runs from 0 to 1 over the file. */
    void update(int rowsDone, double fractionDone);
}
