/**
 * The shared kernel every feature may use: the shell ({@code base.ui}), message bundles and
 * Vietnamese formats ({@code base.i18n}) and the clock. It depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.vnpt.bacgiang.cskh.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
