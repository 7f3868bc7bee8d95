package dev.itam.m365.tasks.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/** This server instance's name in leases and the monitor: {@code m365.instance.name}, or host and a random suffix. */
@ApplicationScoped
public class InstanceName {

    @Inject
    Config config;

    private String name;

    @PostConstruct
    void choose() {
        name = config.getOptionalValue("m365.instance.name", String.class).orElseGet(InstanceName::hostAndSuffix);
    }

    public String value() {
        return name;
    }

    private static String hostAndSuffix() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
