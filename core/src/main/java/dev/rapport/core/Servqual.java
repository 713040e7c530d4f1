package dev.rapport.core;

/**
 * The five dimensions of service quality in SERVQUAL (Parasuraman, Zeithaml and Berry, 1988), to which
 * Rapport's {@link ServiceDimension}s are related.
 * <pre>{@code
 * ServiceDimension.TIMELINESS.servqual()   // [RESPONSIVENESS]
 * }</pre>
 */
public enum Servqual {
    /** Ability to perform the promised service dependably and accurately. */
    RELIABILITY,
    /** Willingness to help customers and provide prompt service. */
    RESPONSIVENESS,
    /** Knowledge and courtesy of employees and their ability to inspire trust and confidence. */
    ASSURANCE,
    /** Caring, individualized attention the firm provides its customers. */
    EMPATHY,
    /** Appearance of physical facilities, equipment, personnel and communication materials. */
    TANGIBLES
}
