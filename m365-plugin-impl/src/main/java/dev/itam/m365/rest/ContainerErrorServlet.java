package dev.itam.m365.rest;

import dev.itam.m365.api.Roles;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Answers the errors the container raises before JAX-RS is reached (401, 403, and 429 from the
 * sign-in throttle, whose Retry-After header says how long to wait) as problem details too, so REST
 * clients get one error format; a page request gets a short page in words instead. The WAR's web.xml
 * routes those status codes here.
 */
@WebServlet("/container-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : response.getStatus();
        Problem problem = switch (status) {
            case 401 ->
                new Problem(
                        "about:blank",
                        "Unauthorized",
                        401,
                        "Sign in with a user that has the role " + Roles.VIEWER + " (read) or " + Roles.ADMIN
                                + " (change).",
                        List.of());
            case 403 ->
                new Problem(
                        "about:blank",
                        "Forbidden",
                        403,
                        request.isUserInRole(Roles.VIEWER)
                                ? "Your user may read but not change this; changes need the role " + Roles.ADMIN + "."
                                : "Your user has neither the role " + Roles.VIEWER + " (read) nor " + Roles.ADMIN
                                        + " (change).",
                        List.of());
            case 429 ->
                new Problem(
                        "about:blank",
                        "Too Many Requests",
                        429,
                        "Too many failed sign-ins for this user or address; try again in "
                                + seconds(response.getHeader("Retry-After")) + ".",
                        List.of());
            default ->
                new Problem(
                        "about:blank", "Error", status, "The request failed with status " + status + ".", List.of());
        };
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (isApiRequest(request)) {
            response.setContentType(ProblemMapper.PROBLEM_JSON);
            response.getWriter().write(JSON.toJson(problem));
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"en\"><head><title>" + problem.title()
                            + "</title></head><body><h1 id=\"error-title\">" + status + " " + problem.title()
                            + "</h1><p id=\"error-detail\">"
                            + problem.detail() + "</p><p><a href=\"" + request.getContextPath()
                            + "/\">Back to the plugin</a></p></body></html>");
        }
    }

    private static String seconds(String retryAfter) {
        return "1".equals(retryAfter) ? "1 second" : retryAfter + " seconds";
    }

    private static boolean isApiRequest(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null || uri.toString().startsWith(request.getContextPath() + "/api");
    }
}
