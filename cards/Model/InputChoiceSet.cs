namespace TicBot.Cards.Model;

/// <summary>A list of choices; the validator refuses one without choices.</summary>
public sealed record InputChoiceSet : AdaptiveInput
{
    public InputChoiceSet(string id, string label, IReadOnlyList<Choice> choices)
        : base(id, label)
    {
        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; init; }
    public bool? IsMultiSelect { get; init; }
    public ChoiceInputStyle? Style { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }

    /// <summary>Lets long choices wrap (needs 1.2).</summary>
    public bool? Wrap { get; init; }
}
