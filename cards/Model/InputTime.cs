namespace TicBot.Cards.Model;

/// <summary>A time input; values travel as <c>HH:mm</c>.</summary>
public sealed record InputTime : AdaptiveInput
{
    public InputTime(string id, string label)
        : base(id, label)
    {
    }

    public string? Placeholder { get; init; }

    /// <summary><c>HH:mm</c>.</summary>
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}
