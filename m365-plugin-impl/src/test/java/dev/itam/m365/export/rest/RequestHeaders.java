package dev.itam.m365.export.rest;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headers an export reads, {@code Accept} and {@code Accept-Language}, already sorted by quality
 * as JAX-RS hands them over; for tests of resources outside a server.
 */
public record RequestHeaders(List<MediaType> accepted, List<Locale> languages) implements HttpHeaders {

    public static RequestHeaders of(String accept, Locale... languages) {
        return new RequestHeaders(List.of(MediaType.valueOf(accept)), List.of(languages));
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        return accepted;
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        return languages.isEmpty() ? List.of(new Locale("*")) : languages;
    }

    @Override
    public List<String> getRequestHeader(String name) {
        throw new UnsupportedOperationException(name);
    }

    @Override
    public String getHeaderString(String name) {
        throw new UnsupportedOperationException(name);
    }

    @Override
    public MultivaluedMap<String, String> getRequestHeaders() {
        throw new UnsupportedOperationException();
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public Map<String, Cookie> getCookies() {
        return Map.of();
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public int getLength() {
        return -1;
    }
}
