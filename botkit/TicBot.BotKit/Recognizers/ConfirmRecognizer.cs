namespace TicBot.BotKit.Recognizers;

/// <summary>Recognises yes/no answers in French and English (<c>oui</c>, <c>d'accord</c>, <c>pas maintenant</c>, <c>yes</c>…).</summary>
public static class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "oui", "o", "ouais", "ok", "okay", "d accord", "dac", "daccord", "bien sur", "absolument", "tout a fait",
        "exact", "exactement", "c est bon", "c est ca", "je confirme", "confirme", "confirmer", "valider", "je valide",
        "volontiers", "certainement", "avec plaisir", "oui merci", "oui s il vous plait", "oui svp", "go", "allons y",
        "yes", "y", "yeah", "yep", "sure", "of course", "confirm", "yes please", "agreed", "correct", "right",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "non", "n", "nan", "pas maintenant", "plus tard", "non merci", "pas du tout", "surtout pas", "jamais",
        "pas pour l instant", "pas pour le moment", "pas encore", "je ne veux pas", "non pas maintenant",
        "no", "nope", "not now", "later", "no thanks", "no thank you", "never", "not yet",
    };

    private static readonly string[] YesHeads = ["oui", "yes", "ok", "d accord"];

    private static readonly string[] NoHeads = ["non", "no", "pas maintenant", "not now"];

    /// <summary>True for yes, false for no, null when the answer is neither (or both).</summary>
    public static bool? Recognize(string? text)
    {
        if (text is null || text.Length > TextNormalizer.MaxInputLength)
        {
            return null;
        }

        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        if (Yes.Contains(folded))
        {
            return true;
        }

        if (No.Contains(folded))
        {
            return false;
        }

        var words = folded.Split(' ');
        if (Array.Exists(words, w => w is "oui" or "yes") && Array.Exists(words, w => w is "non" or "no"))
        {
            return null;
        }

        // "oui, c'est parfait" / "non, je préfère attendre": the first words decide.
        var yes = Array.Exists(YesHeads, h => StartsWithWords(folded, h));
        var no = Array.Exists(NoHeads, h => StartsWithWords(folded, h));
        return yes == no ? null : yes;
    }

    private static bool StartsWithWords(string folded, string head)
        => folded.StartsWith(head, StringComparison.Ordinal)
            && (folded.Length == head.Length || folded[head.Length] == ' ');
}
