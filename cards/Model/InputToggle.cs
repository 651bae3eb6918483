namespace TicBot.Cards.Model;

/// <summary>A check box. Submits <see cref="ValueOn"/> or <see cref="ValueOff"/> (defaults <c>true</c>/<c>false</c>).</summary>
public sealed record InputToggle : AdaptiveInput
{
    public InputToggle(string id, string label, string title)
        : base(id, label)
    {
        Title = title;
    }

    public string Title { get; init; }

    /// <summary>The initial value; equal to <see cref="ValueOn"/> (default <c>true</c>) to start checked.</summary>
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }

    /// <summary>Lets a long title wrap instead of being cut (needs 1.2).</summary>
    public bool? Wrap { get; init; }
}
