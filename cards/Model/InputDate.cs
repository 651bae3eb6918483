namespace TicBot.Cards.Model;

/// <summary>A date input; values travel as <c>yyyy-MM-dd</c>.</summary>
public sealed record InputDate : AdaptiveInput
{
    public InputDate(string id, string label)
        : base(id, label)
    {
    }

    public string? Placeholder { get; init; }
    public DateOnly? Value { get; init; }
    public DateOnly? Min { get; init; }
    public DateOnly? Max { get; init; }
}
