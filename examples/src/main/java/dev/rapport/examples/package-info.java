/** Rapport examples. */
package dev.rapport.examples;
