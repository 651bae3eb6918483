namespace TicBot.Cards.Model;

/// <summary>A text input.</summary>
public sealed record InputText : AdaptiveInput
{
    public InputText(string id, string label)
        : base(id, label)
    {
    }

    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public TextInputStyle? Style { get; init; }

    /// <summary>A regular expression the value must match (needs 1.3).</summary>
    public string? Regex { get; init; }
}
