/** Rapport on Apache Spark. */
package dev.rapport.spark;
