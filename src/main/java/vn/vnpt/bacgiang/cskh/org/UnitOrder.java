package vn.vnpt.bacgiang.cskh.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts units in tree order: each unit before its children, siblings by kind then name. */
final class UnitOrder {

    private static final Comparator<Unit> SIBLINGS = Comparator
            .comparing((Unit unit) -> unit.getKind() == null ? Integer.MAX_VALUE : unit.getKind().ordinal())
            .thenComparing(Unit::getCode);

    private UnitOrder() {
    }

    static List<Unit> treeOrder(List<Unit> units) {
        Map<String, List<Unit>> childrenByParentPath = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        Set<String> paths = units.stream().map(Unit::getPath).collect(Collectors.toSet());
        for (Unit unit : units) {
            String parentPath = parentPath(unit.getPath());
            if (paths.contains(parentPath)) {
                childrenByParentPath.computeIfAbsent(parentPath, key -> new ArrayList<>()).add(unit);
            } else {
                roots.add(unit);
            }
        }
        List<Unit> ordered = new ArrayList<>(units.size());
        roots.stream().sorted(SIBLINGS).forEach(root -> visit(root, childrenByParentPath, ordered));
        return ordered;
    }

    private static void visit(Unit unit, Map<String, List<Unit>> children, List<Unit> ordered) {
        ordered.add(unit);
        children.getOrDefault(unit.getPath(), List.of()).stream().sorted(SIBLINGS)
                .forEach(child -> visit(child, children, ordered));
    }

    private static String parentPath(String path) {
        int end = path.lastIndexOf('/', path.length() - 2);
        return end <= 0 ? "" : path.substring(0, end + 1);
    }
}
