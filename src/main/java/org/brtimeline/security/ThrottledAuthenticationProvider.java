package org.brtimeline.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords, and refuses even the right one while the throttle says this account must wait at this address.
 * Every refusal has the same message and takes as long (the password is checked either way), so a caller learns
 * neither which of name or password was wrong nor that it waits.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSAL = "Incorrect user name or password";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        boolean mustWait = throttle.mustWait(username, address);
        Authentication result;
        try {
            // Checked even while the throttle says wait, so that a throttled refusal takes as long as a checked one.
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException(REFUSAL);
        }
        if (mustWait) {
            throw new BadCredentialsException(REFUSAL);
        }
        throttle.succeeded(username, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
