package vn.vnpt.bacgiang.cskh.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.Application;

/**
 * The access vocabulary stays one: docs/access.md is the role × permission table generated from
 * {@link Role}, {@link Permissions} names every {@link Permission}, and no view or service names a
 * role in its access annotations.
 */
class AccessTableTest {

    private static final Path DOC = Path.of("docs", "access.md");
    private static final String REGENERATE = "./mvnw -o -q test -Dtest=AccessTableTest -Dportal.access.write=true";

    @Test
    void theGeneratedAccessTableInDocsIsInStepWithTheRoles() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("portal.access.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";

        assertThat(actual).as("docs/access.md is out of step with security.Role; regenerate it with: " + REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void everyPermissionHasItsAuthorityNameAndItsExpressionAsConstants() throws IllegalAccessException {
        for (Permission permission : Permission.values()) {
            assertThat(constant(permission.name())).isEqualTo(permission.name());
            assertThat(constant("HAS_" + permission.name())).isEqualTo("hasAuthority('" + permission.name() + "')");
        }
        assertThat(Permissions.class.getFields()).hasSize(2 * Permission.values().length);
    }

    @Test
    void viewsAndServicesAskForPermissionsNeverForRoles() {
        Set<String> permissions = Arrays.stream(Permission.values()).map(Permission::name).collect(Collectors.toSet());
        List<String> offenders = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().enableAllInfo().ignoreClassVisibility().ignoreMethodVisibility()
                .acceptPackages(Application.class.getPackageName()).scan()) {
            scan.getAllClasses().forEach(type -> {
                List<AnnotationInfo> annotations = new ArrayList<>(type.getAnnotationInfo());
                type.getDeclaredMethodInfo().forEach(method -> annotations.addAll(method.getAnnotationInfo()));
                for (AnnotationInfo annotation : annotations) {
                    String name = annotation.getName();
                    if (name.equals("jakarta.annotation.security.RolesAllowed")) {
                        for (Object value : (Object[]) annotation.getParameterValues().getValue("value")) {
                            if (!permissions.contains(value)) {
                                offenders.add(type.getName() + " @RolesAllowed(" + value + ")");
                            }
                        }
                    }
                    if (name.equals("org.springframework.security.access.prepost.PreAuthorize")) {
                        String expression = (String) annotation.getParameterValues().getValue("value");
                        if (expression.contains("Role(")) {
                            offenders.add(type.getName() + " @PreAuthorize(" + expression + ")");
                        }
                    }
                }
            });
        }

        assertThat(offenders).as("access annotations must name Permissions constants, not roles").isEmpty();
    }

    /** The markdown of docs/access.md. */
    static String render() {
        StringBuilder doc = new StringBuilder();
        doc.append("# Who may do what\n\n")
                .append("Generated from `security.Role` (the one role → permission table) by `AccessTableTest`; do not\n")
                .append("edit by hand. After changing the table, regenerate with\n`").append(REGENERATE).append("`.\n")
                .append("Views declare `@RolesAllowed(Permissions.X)`, services `@PreAuthorize(Permissions.HAS_X)`;\n")
                .append("code asks `PortalUser.can(Permission.X)` and `PortalUser.seesAll()` (see docs/decisions/0011).\n\n");
        doc.append("| Permission |");
        for (Role role : Role.values()) {
            doc.append(' ').append(role.name()).append(" |");
        }
        doc.append("\n|---|").append("---|".repeat(Role.values().length)).append('\n');
        doc.append("| *scope* |");
        for (Role role : Role.values()) {
            doc.append(' ').append(role.scope().name()).append(" |");
        }
        doc.append('\n');
        for (Permission permission : Permission.values()) {
            doc.append("| `").append(permission.name()).append("` |");
            for (Role role : Role.values()) {
                doc.append(role.grants(permission) ? " ✓ |" : "  |");
            }
            doc.append('\n');
        }
        doc.append("\nScope: `ALL` sees the whole organisation (`seesAll()`), `UNIT_AND_BELOW` the own unit and its\n")
                .append("units, `OWN_UNIT` the own unit only; a user with several roles has the widest.\n\n");
        doc.append("| Permission | Allows |\n|---|---|\n");
        for (Permission permission : Permission.values()) {
            doc.append("| `").append(permission.name()).append("` | ").append(permission.meaning()).append(" |\n");
        }
        return doc.toString();
    }

    private static Object constant(String name) throws IllegalAccessException {
        try {
            Field field = Permissions.class.getField(name);
            return field.get(null);
        } catch (NoSuchFieldException missing) {
            return "missing constant Permissions." + name;
        }
    }
}
