package health.staffing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts who and which request into every log line written while a request is served: {@code user.name}
 * (the signed-in account, absent when nobody is) and {@code http.request.id}, taken from the proxy's
 * {@code X-Request-Id} when it sends a sane one (nginx's {@code $request_id}), otherwise made here, and
 * returned in the response's {@code X-Request-Id} so a user's report can be found in the log. The JSON
 * log of production carries both as fields. Runs after Spring Security, so it knows who is signed in.
 */
class RequestLogContext extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String USER = "user.name";
    static final String REQUEST_ID = "http.request.id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(REQUEST_ID, id);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !"anonymousUser".equals(signedIn.getName())) {
            MDC.put(USER, signedIn.getName());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(USER);
        }
    }

    /** The proxy's id when it is a plain token of at most 64 characters (it lands in logs), else a new one. */
    static String requestId(@Nullable String fromProxy) {
        return fromProxy != null && SANE.matcher(fromProxy).matches() ? fromProxy : UUID.randomUUID().toString();
    }
}
