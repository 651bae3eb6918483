namespace TicBot.BotKit.Recognizers;

/// <summary>The outcome of matching an answer against a list of choices.</summary>
/// <param name="Match">The single choice meant, when there is one.</param>
/// <param name="Candidates">When the answer fits several choices equally, those choices (to ask again); else empty.</param>
public sealed record ChoiceRecognition(FoundChoice? Match, IReadOnlyList<FoundChoice> Candidates)
{
    internal static readonly ChoiceRecognition None = new(null, []);

    /// <value>True when the answer fits several choices and none better than the others.</value>
    public bool IsAmbiguous => Match is null && Candidates.Count > 1;
}
