package io.github.whmcs4j.spring;

import io.github.whmcs4j.sdk.WhmcsClient;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a {@link WhmcsClient} bean named {@code <name>WhmcsClient} for each
 * {@code whmcs.instances.<name>}, unless the application already defines a bean of that name. The
 * names are read from the environment here; each client is built from the bound
 * {@link WhmcsProperties} when it is first needed.
 */
class WhmcsInstancesRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {
    /** The suffix of a named instance's bean name. */
    static final String BEAN_NAME_SUFFIX = "WhmcsClient";

    private Environment environment;
    private BeanFactory beanFactory;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
        Map<String, WhmcsConnectionProperties> instances = Binder.get(environment)
                .bind(WhmcsProperties.PREFIX + ".instances", Bindable.mapOf(String.class, WhmcsConnectionProperties.class))
                .orElse(Map.of());
        for (String name : instances.keySet()) {
            String beanName = name + BEAN_NAME_SUFFIX;
            if (!registry.containsBeanDefinition(beanName)) {
                registry.registerBeanDefinition(beanName, new RootBeanDefinition(WhmcsClient.class, () -> create(name)));
            }
        }
    }

    private WhmcsClient create(String name) {
        WhmcsConnectionProperties properties = beanFactory.getBean(WhmcsProperties.class).getInstances().get(name);
        return WhmcsClientFactory.create(WhmcsProperties.PREFIX + ".instances." + name, name, properties,
                beanFactory.getBeanProvider(WhmcsClientCustomizer.class).orderedStream().toList());
    }
}
