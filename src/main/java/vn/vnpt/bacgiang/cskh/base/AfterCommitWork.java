package vn.vnpt.bacgiang.cskh.base;

/**
 * Work a commit hands to a thread of its own instead of doing on the committing request's thread (which still holds
 * its pooled connection then). The tests and the benchmarks wait for it before they read what it writes.
 */
public interface AfterCommitWork {

    /** Returns once every piece of work handed over so far is done. */
    void awaitDone();
}
