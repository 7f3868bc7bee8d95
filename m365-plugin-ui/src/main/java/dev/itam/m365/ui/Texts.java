package dev.itam.m365.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' words in the reader's language: the resource bundle {@code dev.itam.m365.ui.messages}
 * (English, the default) and its German translation, which Faces registers as {@code msg} for the
 * pages. The language is the view's, which Faces chooses from the browser's Accept-Language among
 * the supported ones (faces-config.xml), English when none fits. Outside a Faces request (unit
 * tests), English.
 *
 * <p>Texts with placeholders ({@code {0}}) are {@link MessageFormat} patterns, in which an apostrophe is
 * written twice; texts without are used as they are.
 */
@Named
@ApplicationScoped
public class Texts {

    /** The bundle's base name, as faces-config.xml registers it. */
    public static final String BUNDLE = "dev.itam.m365.ui.messages";

    /** Never the JVM's default locale as a fallback: a German server still answers English readers in English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The reader's language: the view's, else what Faces would choose for the request, else English. */
    public static Locale locale() {
        FacesContext context;
        try {
            context = FacesContext.getCurrentInstance();
        } catch (LinkageError | IllegalStateException noFaces) {
            // no Faces implementation at all, as in unit tests
            return Locale.ENGLISH;
        }
        if (context == null) {
            return Locale.ENGLISH;
        }
        UIViewRoot view = context.getViewRoot();
        if (view != null && view.getLocale() != null) {
            return view.getLocale();
        }
        return context.getApplication().getViewHandler().calculateLocale(context);
    }

    /** Whether the reader reads English, the language of the plugin's services' own sentences. */
    public static boolean english() {
        return locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key} in the reader's language, with its placeholders filled when arguments are given. */
    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    static String text(Locale locale, String key, Object... arguments) {
        String pattern = bundle(locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text of {@code key} if the reader's language has it, else null. */
    public static String optional(String key, Object... arguments) {
        try {
            return text(key, arguments);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    /** For the pages: {@code #{texts.format('key', a, b)}}, a pattern filled in the reader's language. */
    public String format(String key, Object... arguments) {
        return text(key, arguments);
    }

    /** For the pages: the language of the view, as {@code <html lang>} names it. */
    public String getLanguage() {
        return locale().getLanguage();
    }
}
