/** Rapport journey. */
package dev.rapport.journey;
