package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Kano questionnaire: the features a product or service team asks customers about, each with its functional and
 * dysfunctional question. Readers of answers can check every answer against it ({@code KanoReader.withQuestionnaire}
 * in the data module), and analyses list the features in its order.
 * <pre>{@code
 * KanoQuestionnaire q = KanoQuestionnaire.of("Support app 2026", List.of(queuePosition, callBack));
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param name  the questionnaire's name, not blank
 * @param features  the features in the order asked, names distinct, at least one
 */
public record KanoQuestionnaire(String name, List<KanoFeature> features) {

    public KanoQuestionnaire {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "a Kano questionnaire needs a name");
        features = ImmutableList.copyOf(checkNotNull(features, "features"));
        checkArgument(!features.isEmpty(), "Kano questionnaire '%s' needs at least one feature", name);
        Set<String> seen = new HashSet<>();
        for (KanoFeature feature : features) {
            checkArgument(seen.add(feature.name()), "Kano questionnaire '%s' asks about feature '%s' twice", name,
                    feature.name());
        }
    }

    /** Obtains a questionnaire. */
    public static KanoQuestionnaire of(String name, List<KanoFeature> features) {
        return new KanoQuestionnaire(name, features);
    }

    /** The feature of that name, if the questionnaire asks about it. */
    public Optional<KanoFeature> feature(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names of the features, in order. */
    public List<String> featureNames() {
        return features.stream().map(KanoFeature::name).collect(ImmutableList.toImmutableList());
    }
}
