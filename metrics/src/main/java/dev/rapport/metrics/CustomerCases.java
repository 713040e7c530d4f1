package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-customer summary behind repeat business: for each customer seen with a case, one of their cases (the
 * least id) and whether they had at least one other case. A customer who comes back with a new case (a new
 * purchase, order or request) is a returning customer; repeat business is the share of customers who returned
 * within the data's period (the customer retention view of Reichheld and Sasser 1990, "Zero defections: quality
 * comes to services", Harvard Business Review 68(5), counted from service records).
 * <p>
 * The summary is exactly "the least case and whether there are two or more distinct cases" of the customer's set
 * of cases, so it merges associatively and commutatively with {@link #empty()} as identity. Memory: one map
 * entry per customer.
 * <pre>{@code
 * CustomerCases.empty().add("c-1", "k-1").add("c-1", "k-2").add("c-2", "k-3").returning()   // 1 of 2
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as a map from customer id to summary.
 */
public final class CustomerCases {

    private static final CustomerCases EMPTY = new CustomerCases(ImmutableSortedMap.of());

    /**
     * One customer's cases, summarised.
     *
     * @param firstCase  the least (by id) of the customer's cases, not null
     * @param returning  whether the customer had another case too
     */
    public record Customer(String firstCase, boolean returning) {
        public Customer {
            checkNotNull(firstCase, "firstCase");
        }

        /** The summary of both case sets; associative and commutative. */
        Customer merge(Customer other) {
            int order = firstCase.compareTo(other.firstCase);
            return new Customer(order <= 0 ? firstCase : other.firstCase,
                    returning || other.returning || order != 0);
        }
    }

    private final ImmutableSortedMap<String, Customer> customers;

    private CustomerCases(ImmutableSortedMap<String, Customer> customers) {
        this.customers = customers;
    }

    /** No customers: the identity of {@link #merge}. */
    public static CustomerCases empty() {
        return EMPTY;
    }

    /** The summaries by customer id. */
    @JsonCreator
    public static CustomerCases of(Map<String, Customer> customers) {
        checkNotNull(customers, "customers");
        return customers.isEmpty() ? EMPTY : new CustomerCases(ImmutableSortedMap.copyOf(customers));
    }

    /** The summaries by customer id, sorted. */
    @JsonValue
    public Map<String, Customer> customers() {
        return customers;
    }

    /** Returns this plus one contact of {@code customer} on case {@code caseId}. */
    public CustomerCases add(String customer, String caseId) {
        return merge(new CustomerCases(ImmutableSortedMap.of(checkNotNull(customer, "customer"),
                new Customer(checkNotNull(caseId, "caseId"), false))));
    }

    /** Returns the summaries of both; associative, commutative, {@link #empty()} is the identity. */
    public CustomerCases merge(CustomerCases other) {
        checkNotNull(other, "other");
        if (other.customers.isEmpty()) {
            return this;
        }
        if (customers.isEmpty()) {
            return other;
        }
        TreeMap<String, Customer> all = new TreeMap<>(customers);
        other.customers.forEach((key, customer) -> all.merge(key, customer, Customer::merge));
        return new CustomerCases(ImmutableSortedMap.copyOfSorted(all));
    }

    /** Returning customers among all customers with a case. */
    public Proportion returning() {
        long returning = customers.values().stream().filter(Customer::returning).count();
        return new Proportion(returning, customers.size());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CustomerCases other && customers.equals(other.customers);
    }

    @Override
    public int hashCode() {
        return customers.hashCode();
    }

    @Override
    public String toString() {
        return "CustomerCases[" + customers.size() + " customers]";
    }
}
