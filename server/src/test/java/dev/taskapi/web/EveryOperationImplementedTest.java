package dev.taskapi.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import dev.taskapi.api.AdminApiDelegate;
import dev.taskapi.api.AuthenticationApiDelegate;
import dev.taskapi.api.HealthApiDelegate;
import dev.taskapi.api.LegacyTasksApiDelegate;
import dev.taskapi.api.TasksApiDelegate;
import dev.taskapi.api.UsersApiDelegate;
import dev.taskapi.testsupport.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated delegates answer 501 for any operation nobody implemented, and the generated controller
 * silently falls back to them when no bean exists. This fails the build instead.
 */
class EveryOperationImplementedTest extends ApiTestSupport {

    private static final List<Class<?>> DELEGATES = List.of(TasksApiDelegate.class, LegacyTasksApiDelegate.class,
            UsersApiDelegate.class, HealthApiDelegate.class, AuthenticationApiDelegate.class, AdminApiDelegate.class);

    @Autowired
    private ApplicationContext context;

    @Test
    void everyGeneratedOperationHasAnImplementation() {
        List<String> unimplemented = new ArrayList<>();
        for (Class<?> delegate : DELEGATES) {
            assertThat(context.getBeanNamesForType(delegate)).as("a bean implementing " + delegate.getSimpleName())
                    .hasSize(1);
            Class<?> implementation = AopUtils.getTargetClass(context.getBean(delegate));
            for (Method operation : delegate.getDeclaredMethods()) {
                if (!operation.isDefault() || operation.getName().equals("getRequest")) {
                    continue;
                }
                try {
                    Method actual = implementation.getMethod(operation.getName(), operation.getParameterTypes());
                    if (actual.getDeclaringClass().isInterface()) {
                        unimplemented.add(delegate.getSimpleName() + "." + operation.getName());
                    }
                }
                catch (NoSuchMethodException ex) {
                    unimplemented.add(delegate.getSimpleName() + "." + operation.getName());
                }
            }
        }
        assertThat(unimplemented).as("operations left on their 501 default").isEmpty();
    }

    @Test
    void theGuardKnowsEveryDelegateTheGeneratorMade() throws Exception {
        var scanner = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        var generated = scanner.getResources("classpath*:dev/taskapi/api/*ApiDelegate.class");
        assertThat(generated).hasSize(DELEGATES.size());
    }
}
