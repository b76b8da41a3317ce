/**
 * Every legal number and date of Finnish debt collection, as a pure-Java library: money, calendar, identifiers,
 * late interest, fees and caps, letter scheduling, payment allocation and limitation. Each rule cites the section of
 * {@code shared/spec/collection-law.md} it implements. No Spring, no Camunda, no clock: callers pass dates in.
 */
package fi.saatava.law;
