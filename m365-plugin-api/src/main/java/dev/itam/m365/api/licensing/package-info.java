/** Products and product folders of licence management, as far as imported data lets them change (M-6). */
package dev.itam.m365.api.licensing;
