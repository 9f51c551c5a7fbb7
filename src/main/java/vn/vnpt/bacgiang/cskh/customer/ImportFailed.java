package vn.vnpt.bacgiang.cskh.customer;

import java.util.List;

/** An import was refused or stopped; nothing of it was saved. */
public class ImportFailed extends RuntimeException {

    private final transient List<ImportProblem> problems;

    ImportFailed(List<ImportProblem> problems) {
        super(problems.getFirst().reasonKey());
        this.problems = List.copyOf(problems);
    }

    ImportFailed(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
