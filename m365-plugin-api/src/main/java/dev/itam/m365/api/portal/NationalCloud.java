package dev.itam.m365.api.portal;

/** The Microsoft cloud a tenant lives in; each has its own login and Graph hosts. */
public enum NationalCloud {
    GLOBAL,
    US_GOV,
    US_GOV_DOD,
    CHINA
}
