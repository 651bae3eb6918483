using System.Globalization;

namespace TicBot.BotKit.Recognizers;

/// <summary>
/// Finds which choice an answer designates, in this order: its number in the list (<c>2</c>, <c>n°2</c>,
/// <c>deuxième</c>), its exact title or a synonym, a title or synonym contained word for word, then a close
/// spelling (edit distance). Matching ignores case, accents and punctuation. When several choices fit
/// equally well, the answer is ambiguous and nothing is chosen.
/// </summary>
public static partial class ChoiceRecognizer
{
    public static ChoiceRecognition Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (text is null || text.Length > TextNormalizer.MaxInputLength || choices.Count == 0)
        {
            return ChoiceRecognition.None;
        }

        var answer = TextNormalizer.Fold(text);
        if (answer.Length == 0)
        {
            return ChoiceRecognition.None;
        }

        var terms = choices.Select(c => Terms(c)).ToArray();
        return ByExactTerm(answer, terms, choices)
            ?? (text.TrimStart().StartsWith('-') ? null : ByOrdinal(answer, choices))
            ?? ByContainedWords(answer, terms, choices)
            ?? ByCloseSpelling(answer, terms, choices)
            ?? ChoiceRecognition.None;
    }

    private static string[] Terms(Choice choice)
        => [.. new[] { choice.Value }.Concat(choice.Synonyms ?? []).Select(TextNormalizer.Fold).Where(t => t.Length > 0).Distinct()];

    private static ChoiceRecognition? ByExactTerm(string answer, string[][] terms, IReadOnlyList<Choice> choices)
        => Decide(Enumerable.Range(0, choices.Count).Where(i => terms[i].Contains(answer)), choices);

    private static ChoiceRecognition? ByOrdinal(string answer, IReadOnlyList<Choice> choices)
    {
        var words = answer.Split(' ');
        var token = words.Length switch
        {
            1 => words[0],
            2 when words[0] is "n" or "no" or "numero" or "number" or "option" or "choix" or "le" or "la" => words[1],
            _ => null,
        };
        if (token is null)
        {
            return null;
        }

        int? position = token.All(char.IsAsciiDigit) && token.Length <= 3
            ? int.Parse(token, CultureInfo.InvariantCulture)
            : OrdinalWord(token);
        position = position == int.MaxValue ? choices.Count : position;
        return position is { } p && p >= 1 && p <= choices.Count ? Decide([p - 1], choices) : null;
    }

    private static ChoiceRecognition? ByContainedWords(string answer, string[][] terms, IReadOnlyList<Choice> choices)
    {
        var padded = $" {answer} ";
        var matches = Enumerable.Range(0, choices.Count)
            .Where(i => terms[i].Any(t => padded.Contains($" {t} ", StringComparison.Ordinal)
                || (answer.Length >= 3 && $" {t} ".Contains(padded, StringComparison.Ordinal))));
        return Decide(matches, choices);
    }

    private static ChoiceRecognition? ByCloseSpelling(string answer, string[][] terms, IReadOnlyList<Choice> choices)
    {
        var allowed = answer.Length switch { < 4 => 0, < 6 => 1, < 10 => 2, _ => 3 };
        if (allowed == 0)
        {
            return null;
        }

        var distances = terms.Select(ts => ts.Length == 0 ? int.MaxValue : ts.Min(t => EditDistance(answer, t, allowed))).ToArray();
        var best = distances.Min();
        return best > allowed ? null : Decide(Enumerable.Range(0, choices.Count).Where(i => distances[i] == best), choices);
    }

    private static ChoiceRecognition? Decide(IEnumerable<int> indexes, IReadOnlyList<Choice> choices)
    {
        var found = indexes.Select(i => new FoundChoice(choices[i].Value, i)).ToList();
        return found.Count switch
        {
            0 => null,
            1 => new ChoiceRecognition(found[0], []),
            _ => new ChoiceRecognition(null, found),
        };
    }
}
