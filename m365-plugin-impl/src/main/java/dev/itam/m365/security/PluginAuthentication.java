package dev.itam.m365.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * One authentication mechanism for both interfaces: HTTP Basic for the REST API under
 * {@code /api} (no session), a login form for the pages (the signed-in user is kept in the
 * session). Jakarta Security 3.0 allows one mechanism per application, hence the split here. Both
 * ask {@link SignInThrottle} first: a refused attempt gets 429 with Retry-After (REST) or the login
 * page saying how long to wait, without its password being checked.
 */
@ApplicationScoped
public class PluginAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String REALM = "Basic realm=\"Microsoft 365 plugin\"";
    private static final String SESSION_CALLER = PluginAuthentication.class.getName() + ".caller";
    private static final String SESSION_GROUPS = PluginAuthentication.class.getName() + ".groups";

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        if (path.equals("/login") && "POST".equals(request.getMethod())) {
            return formLogin(request, response, context);
        }
        if (path.equals("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return redirect(response, context, request.getContextPath() + LOGIN_PAGE);
        }
        HttpSession session = signedInPage(request);
        if (session != null) {
            return fromSession(context, session);
        }
        if (context.isProtected()) {
            String next =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return redirect(
                    response,
                    context,
                    request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] login = decode(header.substring(6).strip());
            String user = login.length == 2 ? login[0] : "";
            Duration lock = throttle.lockRemaining(user, request.getRemoteAddr());
            if (!lock.isZero()) {
                return tooManyFailures(response, lock);
            }
            CredentialValidationResult result = validate(request, user, login.length == 2 ? login[1] : null);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        } else {
            HttpSession session = readsOnly(request) ? signedInPage(request) : null;
            if (session != null) {
                return fromSession(context, session);
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
        }
        response.setHeader("WWW-Authenticate", REALM);
        return context.responseUnauthorized();
    }

    /**
     * The session of a user signed in on the pages, or null. The pages' export links ({@code
     * ?format=xlsx}) read the API with it; only for GET and HEAD, so another site cannot make a signed-in
     * browser change anything through the API (cross-site request forgery): changes need Basic.
     */
    private static HttpSession signedInPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_CALLER) != null ? session : null;
    }

    private static boolean readsOnly(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static AuthenticationStatus fromSession(HttpMessageContext context, HttpSession session) {
        @SuppressWarnings("unchecked")
        Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
        return context.notifyContainerAboutLogin((String) session.getAttribute(SESSION_CALLER), groups);
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String username = request.getParameter("username");
        String user = username == null ? "" : username;
        String next = safeNext(request, request.getParameter("next"));
        String loginAgain =
                request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        Duration lock = throttle.lockRemaining(user, request.getRemoteAddr());
        if (!lock.isZero()) {
            return redirect(response, context, loginAgain + "&locked=" + seconds(lock));
        }
        CredentialValidationResult result = validate(request, user, request.getParameter("password"));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return redirect(response, context, loginAgain + "&failed=true");
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_GROUPS, Set.copyOf(result.getCallerGroups()));
        return redirect(response, context, next);
    }

    /** Checks the password and tells the throttle the outcome; a missing password is a failure too. */
    private CredentialValidationResult validate(HttpServletRequest request, String user, String password) {
        CredentialValidationResult result = user.isEmpty() || password == null
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(new UsernamePasswordCredential(user, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(user);
        } else {
            throttle.failed(user, request.getRemoteAddr());
        }
        return result;
    }

    /** 429 with Retry-After; the container's error page ({@code ContainerErrorServlet}) writes the problem details. */
    private static AuthenticationStatus tooManyFailures(HttpServletResponse response, Duration lock) {
        response.setHeader("Retry-After", Long.toString(seconds(lock)));
        try {
            response.sendError(TOO_MANY_REQUESTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Whole seconds, rounded up, so a client waiting this long is not refused again. */
    private static long seconds(Duration lock) {
        return lock.getSeconds() + (lock.getNano() > 0 ? 1 : 0);
    }

    /** Only paths of this application, so the login form cannot send anyone elsewhere. */
    private static String safeNext(HttpServletRequest request, String next) {
        String home = request.getContextPath() + "/";
        return next != null && next.startsWith(home) && !next.startsWith(home + "/") ? next : home;
    }

    private static AuthenticationStatus redirect(
            HttpServletResponse response, HttpMessageContext context, String location) {
        try {
            response.sendRedirect(location);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot redirect to " + location, e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String[] decode(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? new String[0] : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return new String[0];
        }
    }
}
