package dev.taskapi.web;

import java.util.List;

import dev.taskapi.config.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedProxies the proxies (load balancers, ingress) allowed to say who the client is: addresses
 *                       or CIDR ranges, IPv4 or IPv6 ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code 192.0.2.7}).
 *                       Only a request whose socket peer is one of them has its {@code X-Forwarded-For} read.
 */
@ConfigurationProperties("taskapi.client-address")
public record ClientAddressProperties(@DefaultValue List<String> trustedProxies) {

    static final String SETTING = "TRUSTED_PROXIES";

    public ClientAddressProperties {
        trustedProxies = trustedProxies.stream().map(String::trim).filter(entry -> !entry.isEmpty()).toList();
        for (String entry : trustedProxies) {
            if (ClientAddress.Range.parse(entry) == null) {
                throw new InvalidSettingException(SETTING, SETTING + " must be a comma-separated list of addresses"
                        + " or CIDR ranges, such as 10.0.0.0/8,fd00::/8.");
            }
        }
    }
}
