namespace TicBot.Cards.Model;

/// <summary>A number input.</summary>
public sealed record InputNumber : AdaptiveInput
{
    public InputNumber(string id, string label)
        : base(id, label)
    {
    }

    public string? Placeholder { get; init; }
    public decimal? Value { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
}
