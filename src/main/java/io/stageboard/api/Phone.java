package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A contact's phone number.
 *
 * @param type {@code other}, {@code home}, {@code mobile}, {@code work} or {@code skype}
 * @param value the number as entered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Phone(String type, String value) {}
